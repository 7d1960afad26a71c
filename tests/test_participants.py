"""Who took part in an event: people listed with their titles, a reference to the event named before, and
what a title or a setting is not."""
import pytest
from conftest import triples_of

from kg.model import Document
from kg.pipeline import extract_document

EVENT_EN = "The Hai Duong Green Industry Forum 2025 opened on Friday. "


def participants(text: str, lang: str) -> set[str]:
    return {s for s, p, _ in triples_of(text, lang) if p == "participatesIn"}


def test_people_listed_with_their_titles_all_take_part():
    """A title may hold a bracketed container ("(Laos)"): its words are the title's, not a participant."""
    text = EVENT_EN + ("Deputy Minister of Industry and Trade Tran Van Minh, Consul General of Japan in Hanoi "
                       "Sato Kenji and Vice Governor of Champasak Province (Laos) Bounmy Phimmasone also attended "
                       "the forum.")
    assert participants(text, "en") == {"tran-van-minh", "sato-kenji", "bounmy-phimmasone"}


def test_a_bare_class_noun_between_title_and_name_belongs_to_the_title():
    """"директор Департамента ... провинции Фам Ван Хай": "провинции" is the home province of the title."""
    text = ("В Хайзыонге прошёл II Форум зелёной промышленности провинции Хайзыонг 2025. В его работе приняли "
            "участие секретарь парткома провинции Хайзыонг Чан Дык Тханг и директор Департамента иностранных "
            "дел провинции Фам Ван Хай.")
    assert {"tran-duc-thang", "pham-van-hai"} <= participants(text, "ru")


def test_a_reference_opening_its_sentence_gets_the_place_and_date():
    text = EVENT_EN + "The forum, held in Hai Duong on 12 May 2025, drew 300 guests."
    triples = triples_of(text, "en")
    event = "hai-duong-green-industry-forum-2025"
    assert (event, "heldIn", "hai-duong") in triples
    assert any(s == event and p == "heldOn" for s, p, _ in triples)


def test_a_place_in_a_title_is_no_venue_and_a_setting_no_participant():
    text = EVENT_EN + "At the forum spoke Chief Representative of JETRO in Hanoi Sato Kenji."
    assert not any(p == "heldIn" for _, p, _ in triples_of(text, "en"))
    text = ("II Форум зелёной промышленности провинции Хайзыонг 2025 открылся в пятницу. Форум, прошедший в "
            "Ханое, собрал 300 делегатов.")
    assert "hanoi" not in participants(text, "ru")


@pytest.mark.parametrize("lang, text, person", [
    ("en", "The Water Forum 2025 opened in Can Tho. Opening the forum, Vice Chairman of the Can Tho City People's "
           "Committee Tran Van Hung said the city welcomes investors.", "tran-van-hung"),
    ("en", "The Water Forum 2025 opened in Can Tho. Le Thi Ngoc Anh, Vice Chairwoman of the An Giang Provincial "
           "People's Committee, told the forum that the province gives priority to agriculture.", "le-thi-ngoc-anh"),
    ("en", "The Water Forum 2025 opened in Can Tho. Vice Governor of Gangwon State Lee Sang-hoon led a delegation "
           "of 30 companies to the forum.", "lee-sang-hoon"),
    ("ru", "Второй форум межрегионального сотрудничества прошёл 1 ноября 2025 года в Ханое. Делегацию Алтайского "
           "края на форуме возглавил заместитель губернатора Алтайского края Дмитрий Соколов.", "dmitrii-sokolov"),
    ("ru", "Второй форум межрегионального сотрудничества прошёл в Ханое. Открывая форум, заместитель министра "
           "иностранных дел Вьетнама Ле Ван Тхань подчеркнул важность связей.", "le-van-thanh"),
    ("pl", "III Forum Gospodarcze Polska–Wietnam odbyło się w Ninh Binh. Otwierając forum, ambasador RP w Wietnamie "
           "Tomasz Zieliński przypomniał historię współpracy.", "tomasz-zielinski"),
])
def test_who_opens_addresses_or_leads_a_delegation_to_an_event_takes_part(lang, text, person):
    """Opening an event, telling it something or leading a delegation to it is taking part in it (the event
    named before, through "the forum"); a name set off before its title by a comma is the title's holder."""
    assert any(s == person and p == "participatesIn" for s, p, _ in triples_of(text, lang))


@pytest.mark.parametrize("lang, text, organiser", [
    ("ru", "Второй форум межрегионального сотрудничества прошёл в Ханое. Его организаторами выступили Министерство "
           "иностранных дел Вьетнама и Народный комитет провинции Хазянг.", "ministry-of-foreign-affairs"),
    ("uk", "У Квангнгаї пройшов Фестиваль корейської культури 2024. Його організували Народний комітет провінції "
           "Квангнгай і Генеральне консульство Республіки Корея в Данангу.", "quang-ngai-peoples-committee"),
])
def test_a_pronoun_opening_a_sentence_before_an_event_verb_is_the_event_named_before(lang, text, organiser):
    assert any(s == organiser and p == "organizes" for s, p, _ in triples_of(text, lang))


def test_an_opening_pronoun_before_another_verb_is_no_event():
    text = "Второй форум прошёл в Ханое. Его словам, провинция Хазянг организовала выставку."
    assert not any(p == "organizes" and s == "ha-giang" and "forum" in o for s, p, o in triples_of(text, "ru"))


def test_an_organiser_is_no_participant_of_its_own_event_and_an_edition_refers_back():
    text = ("Les 2es Rencontres franco-vietnamiennes du textile se sont tenues le 3 mars 2026 à Hanoï. Cette édition, "
            "coorganisée par Business France et l'Agence française de développement (AFD), a réuni quelque deux cents "
            "participants.")
    triples = triples_of(text, "fr")
    organised = {t for t in triples if t[1] == "organizes"}
    assert {s for s, _, _ in organised} == {"business-france", "french-development-agency"}
    assert not {t for t in triples if t[1] == "participatesIn"}


def test_a_bare_kind_noun_opening_a_vietnamese_sentence_is_the_event_named_before():
    text = ("Ngày 5/3/2026, UBND tỉnh Hà Tĩnh tổ chức Hội nghị Xúc tiến đầu tư Hà Tĩnh năm 2026. Hội nghị có sự tham "
            "dự của Đại sứ Nhật Bản tại Việt Nam Ito Naoki.")
    assert any(s == "ito-naoki" and p == "participatesIn" for s, p, o in triples_of(text, "vi"))


def test_a_polish_pronoun_inside_the_participation_verb_stands_for_the_event():
    text = ("W Krakowie odbyło się II Forum Gospodarcze Małopolska–Wietnam 2026. Wzięli w nim udział m.in. "
            "ambasador RP w Wietnamie Anna Zielińska.")
    assert any(s == "anna-zielinska" and p == "participatesIn" for s, p, o in triples_of(text, "pl"))


def test_a_bracketed_aside_after_a_name_does_not_cut_a_list_of_people():
    text = ("Das 3. Deutsch-Vietnamesische Agrarforum 2026 fand in Hanoi statt. Jonas Weber (links) und Ministerin "
            "Anna Keller eröffnen das 3. Deutsch-Vietnamesische Agrarforum 2026.")
    participants = {s for s, p, o in triples_of(text, "de") if p == "participatesIn"}
    assert {"jonas-weber", "anna-keller"} <= participants


@pytest.mark.parametrize("lang, text, person", [
    ("de", "Das 2. Deutsch-Vietnamesische Agrarforum fand am 3. Mai in Da Lat statt. Auch der Generalkonsul der "
           "Bundesrepublik Deutschland in Ho-Chi-Minh-Stadt, Matthias Brenner, war unter den Gästen.", "matthias-brenner"),
    ("de", "Das 2. Deutsch-Vietnamesische Agrarforum fand am 3. Mai in Da Lat statt. Auch der Botschafter Vietnams "
           "in Österreich, Đỗ Minh Tuấn, nahm teil.", "do-minh-tuan"),
    ("fr", "Le 3e Forum économique Mékong–Nouvelle-Aquitaine s'est tenu à Bordeaux. L'ambassadeur du Vietnam en "
           "France, Trần Minh Đức, était également présent à Bordeaux.", "tran-minh-duc"),
    ("en", "The Hai Duong Green Industry Forum 2025 opened on Friday. Consul General of Japan in Hanoi Sato Kenji "
           "also took part.", "sato-kenji"),
])
def test_a_verb_that_names_no_event_stands_for_the_event_just_named(lang, text, person):
    """"X nahm teil", "X was present": the event is the one the text is at (relations.yaml `unnamed`)."""
    assert person in participants(text, lang)


def test_an_unnamed_event_is_only_one_named_shortly_before():
    """Three sentences on, or with a verb that needs its object ("visited"), no event is implied."""
    far = EVENT_EN + "It drew 300 guests. Exports grew. Rice prices rose. Tourism recovered. " \
        "Consul General of Japan in Hanoi Sato Kenji also took part."
    assert "sato-kenji" not in participants(far, "en")
    visit = EVENT_EN + "Consul General of Japan in Hanoi Sato Kenji also visited the port."
    assert "sato-kenji" not in participants(visit, "en")


@pytest.mark.parametrize("lang, text, person", [
    ("ru", "II Международный форум по инвестициям Каобанг 2025 прошёл в Каобанге. Открывая пленарное заседание, "
           "заместитель председателя Народного комитета провинции Каобанг Ма Ван Хиеу напомнил о границе.", "ma-van-hieu"),
    ("fr", "Les Journées franco-vietnamiennes 2024 se sont tenues à My Tho. Mme Sophie Delorme, directrice de l'Agence "
           "française de développement (AFD) au Vietnam, a pris part à la séance d'ouverture.", "sophie-delorme"),
])
def test_a_part_of_the_event_named_before_stands_for_it(lang, text, person):
    """"the plenary session", "la séance d'ouverture", "w obradach" are parts of the event just named."""
    assert person in participants(text, lang)


@pytest.mark.parametrize("lang, text, person, unwanted", [
    ("ru", "II Международный форум по инвестициям Каобанг 2025 прошёл в Каобанге. Впервые в форуме приняла участие "
           "делегация Иркутской области (Россия) во главе с заместителем губернатора Иркутской области Вадимом Ершовым.",
     "vadim-ershov", "russia"),
    ("en", "The 4th Quang Ninh Investment Summit 2025 opened in Ha Long. The Korean delegation was led by Park Sung-ho, "
           "Vice Governor for Economic Affairs of Gyeonggi Province.", "park-sung-ho", None),
])
def test_who_leads_a_delegation_takes_part_where_it_does(lang, text, person, unwanted):
    """"во главе с", "led by" (patterns.yaml `leader_words`); a bracketed container of the delegation's region is
    no participant."""
    found = participants(text, lang)
    assert person in found and unwanted not in found


@pytest.mark.parametrize("lang, text, person, event", [
    ("en", "The 2nd Quang Tri–Savannakhet Trade Forum took place in Dong Ha on 4 May 2026. It was attended by Deputy "
           "Minister of Industry and Trade Nguyen Sinh Nhat Tan.", "nguyen-sinh-nhat-tan",
     "2nd-quang-tri-savannakhet-trade-forum"),
    ("fr", "Le 2e Forum franco-vietnamien de l'eau s'est tenu à Can Tho le 4 mai 2026. Il a réuni M. Jean Dubois, "
           "consul général de France à Hô Chi Minh-Ville, et 200 experts.", "jean-dubois", "2e-forum-franco-vietnamien-de-l-eau"),
])
def test_a_pronoun_opening_a_sentence_before_an_event_verb_is_the_event(lang, text, person, event):
    """"It was attended by …", "Il a réuni …": the event named before."""
    assert (person, "participatesIn", event) in triples_of(text, lang)


def test_a_relative_clause_after_a_person_is_about_the_person():
    """"… podkreślił ambasador Jan Nowak, który przyleciał na forum z Hanoi": the pronoun is the ambassador, who
    came to the forum."""
    found = triples_of("W Łodzi odbyło się II Forum Gospodarcze Polska–Wietnam 2026. – Współpracujemy w edukacji – "
                       "podkreślił ambasador Jan Nowak, który specjalnie przyleciał na forum z Hanoi.", "pl")
    assert any(s == "jan-nowak" and p == "participatesIn" for s, p, _ in found)


def test_an_attendance_verb_after_y_opens_its_list():
    """"Y ont pris part A, l'ambassadeur … B": every person the list names takes part in the event at hand."""
    found = triples_of("Les 14es Assises de la coopération décentralisée franco-vietnamienne se sont tenues à Hué. Y ont "
                       "pris part la vice-ministre des Affaires étrangères Lê Thị Thu Hằng et l'ambassadeur de France "
                       "au Vietnam Olivier Brochet.", "fr")
    event = "14es-assises-de-la-cooperation-decentralisee-franco-vietnamienne"
    assert {("le-thi-thu-hang", "participatesIn", event), ("olivier-brochet", "participatesIn", event)} <= found


@pytest.mark.parametrize("lang, text, person", [
    ("en", "The Water Forum 2025 was held on 16 May 2025 in Can Tho. Chairman of the Can Tho City People's "
           "Committee Tran Van Hung opened the forum by describing the city.", "tran-van-hung"),
    ("en", "The Water Forum 2025 was held on 16 May 2025 in Can Tho. The forum was opened by Deputy Prime "
           "Minister Tran Hong Ha.", "tran-hong-ha"),
    ("de", "Das Wasserforum 2025 fand am 16. Mai 2025 in Can Tho statt. Der Vorsitzende Nguyen Van Hung "
           "eröffnete das Forum mit einer Rede.", "nguyen-van-hung"),
    ("vi", "Chủ tịch UBND thành phố Cần Thơ Trần Văn Hùng khai mạc Diễn đàn Nước Cần Thơ năm 2025.", "tran-van-hung"),
])
def test_who_opens_an_event_takes_part_in_it_and_organises_nothing(lang, text, person):
    """Opening an event is a part in it, the opener's own: the organiser is who holds or hosts it."""
    found = {(s, p) for s, p, _ in triples_of(text, lang)}
    assert (person, "participatesIn") in found
    assert (person, "organizes") not in found


def test_the_organisers_named_without_their_event_organise_the_event_at_hand():
    """pl "Organizatorami były A oraz B": the event named in the sentence before."""
    text = ("W Łodzi odbyło się II Polsko-Wietnamskie Forum Gospodarcze Przemysłu Tekstylnego. Organizatorami były "
            "Łódzka Izba Przemysłowo-Handlowa oraz Departament Przemysłu i Handlu prowincji Nam Dinh.")
    organisers = {s for s, p, _ in triples_of(text, "pl") if p == "organizes"}
    assert organisers == {"lodzka-izba-przemyslowo-handlowa", "nam-dinh-department-of-industry-and-trade"}


@pytest.mark.parametrize("lang, text, event", [
    ("en", "The Mekong Business Forum 2025 was held in Can Tho. More than 40 German firms took part, including Bosch "
           "and Siemens.", "mekong-business-forum-2025"),
    ("de", "Das Mekong-Wirtschaftsforum 2025 fand in Can Tho statt. Mehr als 40 deutsche Firmen nahmen teil, darunter "
           "Bosch und Siemens.", "mekong-wirtschaftsforum-2025"),
])
def test_the_examples_of_a_group_that_took_part_take_part(lang, text, event):
    assert {s for s, p, o in triples_of(text, lang) if p == "participatesIn" and o == event} == {"bosch", "siemens"}


def test_where_the_examples_come_from_takes_no_part():
    text = ("Das Mekong-Wirtschaftsforum 2025 fand in Can Tho statt. Die Delegierten nahmen teil, darunter Vertreter "
            "von 40 Unternehmen aus Deutschland.")
    result = extract_document(Document("t", "t.txt", text, "de"))
    assert not [f for f in result.facts if f.evidence.extractor == "rule:included"]
    assert "germany" not in participants(text, "de")
