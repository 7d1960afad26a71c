"""Agents joined by "in coordination with" act together: both organise, and they cooperate."""
import pytest

from conftest import triples_of


@pytest.mark.parametrize("lang, text, event, agents", [
    ("en", "The Da Nang People's Committee in coordination with JICA organised the Mekong Green Growth Forum 2025.",
     "mekong-green-growth-forum-2025", {"da-nang-peoples-committee", "jica"}),
    ("vi", "UBND tỉnh Đồng Nai phối hợp với Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức "
           "Hội nghị xúc tiến đầu tư Đồng Nai – Nhật Bản năm 2025 tại tỉnh Aichi.",
     "hoi-nghi-xuc-tien-dau-tu-dong-nai-nhat-ban-nam-2025", {"dong-nai-peoples-committee", "jetro"}),
])
def test_both_agents_organise(lang, text, event, agents):
    found = triples_of(text, lang)
    assert {(a, "organizes", event) for a in agents} <= found

