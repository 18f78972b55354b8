from orientation.complaints.secret_codes import code_matches, decoy_hash, hash_code


def test_codes_are_stored_with_a_slow_memory_hard_hash():
    encoded = hash_code("ABCD2345EFGH")
    assert encoded.startswith("scrypt$")
    assert "ABCD2345EFGH" not in encoded
    assert code_matches("ABCD2345EFGH", encoded)
    assert not code_matches("ABCD2345EFGX", encoded)


def test_decoy_hash_matches_no_code():
    assert decoy_hash().startswith("scrypt$")
    assert not code_matches("", decoy_hash())
