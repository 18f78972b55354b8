"""gunicorn configuration for production: `gunicorn -c portal/gunicorn.conf.py portal.wsgi`.

Values come from the environment so one file serves every host.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
# Slow 3G clients hold a worker while they upload; gthread keeps others moving.
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests (a guard against slow memory growth). Each
# replacement costs a second and more of CPU for its imports: at 2,000 a worker under a surge
# of readers restarted every few seconds, and the cached guide was served at 361 req/s against
# 1,700-2,000 without restarts (bench/production_bench.py, this 2-core machine).
max_requests = 50000
max_requests_jitter = 5000
# preload_app stays off: tried to save each worker's imports, workers forked from a master
# that had imported the site stalled under load (cached pages at 0-370 req/s); the cause, some
# lock or thread started at import, is not found yet.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
# Query strings can carry a tracking reference; log the path only.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(D)sus'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
