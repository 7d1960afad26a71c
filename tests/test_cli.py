import subprocess
import sys


def run(*args):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)


def test_help_explains_build():
    result = run("build", "--help")
    assert result.returncode == 0 and "--out" in result.stdout and "--lang" in result.stdout


def test_bad_inputs_exit_nonzero_and_write_nothing(tmp_path):
    out = tmp_path / "out"
    missing = run("build", str(tmp_path / "missing.txt"), "--out", str(out))
    assert missing.returncode != 0 and "no such file" in missing.stderr
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    binary = run("build", str(tmp_path / "bin.txt"), "--out", str(out))
    assert binary.returncode != 0 and "binary" in binary.stderr
    (tmp_path / "ok.txt").write_text("Ханой сотрудничает с Японией.", encoding="utf-8")
    bad_lang = run("build", str(tmp_path / "ok.txt"), "--out", str(out), "--lang", "xx")
    assert bad_lang.returncode != 0 and "xx" in bad_lang.stderr
    assert not out.exists()


def test_small_build_writes_both_files(tmp_path):
    (tmp_path / "a.txt").write_text("Da Nang cooperates with JICA and GIZ.", encoding="utf-8")
    result = run("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "COOPERATES_WITH" in (tmp_path / "out" / "graph.cypher").read_text(encoding="utf-8")
    assert "kg:cooperatesWith" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_usage_errors_are_one_line_with_exit_2(tmp_path):
    for args in (["build", str(tmp_path), "--lang", "xx", "--out", str(tmp_path / "o")], ["build"], ["nosuch"]):
        result = run(*args)
        lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        assert result.returncode == 2, args
        assert len(lines) == 1 and lines[0].startswith("error:") and "--help" in lines[0], lines
        assert "Traceback" not in result.stderr


def test_short_help_option():
    for args in (["-h"], ["build", "-h"]):
        result = run(*args)
        assert result.returncode == 0 and "Usage:" in result.stdout
