import pytest

from kg.errors import KgError
from kg.read import read_documents


def test_reads_utf8_text(tmp_path):
    (tmp_path / "a.txt").write_text("Ханой и Хайфон.", encoding="utf-8")
    docs = read_documents([tmp_path])
    assert [d.id for d in docs] == ["a"]
    assert docs[0].text == "Ханой и Хайфон."


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ("Ханой и Хайфон".encode("cp1251"), "not valid UTF-8"),
])
def test_bad_files_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(KgError, match=message):
        read_documents([path])


def test_missing_path_and_empty_directory(tmp_path):
    with pytest.raises(KgError, match="no such file"):
        read_documents([tmp_path / "nope"])
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(KgError, match="no text files"):
        read_documents([tmp_path])
