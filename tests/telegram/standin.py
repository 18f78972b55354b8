"""A local stand-in for Telegram's Bot API: answers the methods the bot calls and records
what it was sent (method, parameters, time). Chats in ``blocked`` answer 403, as Telegram
does for a person who blocked the bot; ``retry_once`` chats answer 429 "retry after" once."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

TOKEN = "123456:TEST-token"
BOT_USERNAME = "safe_work_test_bot"


class BotApiStandIn:
    def __init__(self):
        self.calls = []
        self.blocked = set()
        self.retry_once = set()
        self.lock = threading.Lock()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                kind = self.headers.get("Content-Type", "")
                if "json" in kind:
                    params = json.loads(body or "{}")
                else:
                    params = {key: values[0] for key, values in parse_qs(body).items()}
                method = self.path.rsplit("/", 1)[-1]
                status, answer = stand_in.answer(method, params)
                payload = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def answer(self, method, params):
        chat_id = str(params.get("chat_id", ""))
        with self.lock:
            if method == "sendMessage" and chat_id in self.retry_once:
                self.retry_once.discard(chat_id)
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1},
                }
            self.calls.append((method, params, time.monotonic()))
        if method == "getMe":
            result = {"id": 1, "is_bot": True, "first_name": "Bot", "username": BOT_USERNAME}
        elif method == "sendMessage":
            if chat_id in self.blocked:
                return 403, {
                    "ok": False,
                    "error_code": 403,
                    "description": "Forbidden: bot was blocked by the user",
                }
            result = {
                "message_id": len(self.calls),
                "date": int(time.time()),
                "chat": {"id": int(chat_id), "type": "private"},
                "text": params.get("text", ""),
            }
        else:
            result = True
        return 200, {"ok": True, "result": result}

    def sent(self, chat_id=None):
        """The sendMessage calls (to one chat), in order."""
        return [
            params
            for method, params, _at in self.calls
            if method == "sendMessage"
            and (chat_id is None or str(params["chat_id"]) == str(chat_id))
        ]

    def texts(self, chat_id=None):
        return [params["text"] for params in self.sent(chat_id)]

    def buttons(self, params):
        markup = params.get("reply_markup")
        if not markup:
            return []
        markup = json.loads(markup) if isinstance(markup, str) else markup
        return [button for row in markup["inline_keyboard"] for button in row]

    def send_times(self):
        return [at for method, _params, at in self.calls if method == "sendMessage"]

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
