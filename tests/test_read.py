import pytest

from kg.errors import KgError
from kg.read import read_documents, read_inputs


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


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_a_byte_order_mark_chooses_the_encoding_and_is_not_part_of_the_text(tmp_path, encoding):
    text = "Ханой và Hải Phòng."
    data = text.encode(encoding)
    if encoding.endswith(("-le", "-be")):   # these codecs write no mark: add it
        data = "\ufeff".encode(encoding) + data
    (tmp_path / "a.txt").write_bytes(data)
    assert read_documents([tmp_path / "a.txt"])[0].text == text


def test_bad_files_are_listed_with_skip_and_the_good_ones_read(tmp_path):
    from kg.read import read_inputs

    (tmp_path / "good.txt").write_text("Hanoi cooperates with Japan.", encoding="utf-8")
    (tmp_path / "zh.txt").write_text("河内与日本合作。", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    read = read_inputs([tmp_path], skip_bad=True)
    assert [d.id for d in read.documents] == ["good"]
    assert read.refused == [f"{tmp_path / 'empty.txt'}: empty file",
                            f"{tmp_path / 'zh.txt'}: no text in a language kg reads (ru, uk, pl, de, en, fr, vi): "
                            "the letters are CJK"]
    with pytest.raises(KgError, match="empty file"):
        read_inputs([tmp_path])


def test_a_text_whose_result_is_cached_is_not_checked_for_its_language_again(tmp_path, monkeypatch):
    """A rebuild reads every file again: lingua on each line of each file was most of it."""
    from kg.cache import ResultCache
    from kg.pipeline import build_documents
    import kg.read.records as records

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Cao Bang borders Guangxi.\n", encoding="utf-8")
    cache = ResultCache(tmp_path / "cache")
    build_documents(read_inputs([folder], known=cache.knows).documents, cache=cache)
    calls = []
    monkeypatch.setattr(records, "unsupported_language", lambda text: calls.append(text))
    again = read_inputs([folder], known=cache.knows).documents
    assert [d.id for d in again] == ["a"] and calls == []
    (folder / "a.txt").write_text("Cao Bang borders Guangxi and Laos.\n", encoding="utf-8")
    read_inputs([folder], known=cache.knows)
    assert len(calls) == 1      # a changed text is checked
