"""Offices from title chains: a role noun with what it is the role of and where it serves, next to a name."""
import pytest

from conftest import mentions_of, triples_of


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Chairman of the Quang Ninh Provincial People's Committee Cao Tuong Huy opened the meeting.",
     {("cao-tuong-huy", "holdsPosition", "chairman-of-the-provincial-peoples-committee"),
      ("cao-tuong-huy", "memberOf", "quang-ninh-peoples-committee")}),
    ("en", "Hanoi welcomed the ambassador of France to Vietnam, Olivier Brochet, on Monday.",
     {("olivier-brochet", "holdsPosition", "ambassador-of-france-to-vietnam")}),
    ("en", "Olivier Brochet, ambassador of France to Vietnam, visited Hue.",
     {("olivier-brochet", "holdsPosition", "ambassador-of-france-to-vietnam")}),
    ("en", "EuroCham chairman Bruno Jaspaert spoke in Hanoi.",
     {("bruno-jaspaert", "holdsPosition", "chairman-of-eurocham-vietnam"),
      ("bruno-jaspaert", "memberOf", "eurocham-vietnam")}),
    ("fr", "Le président du Comité populaire de la province de Quang Ninh, Cao Tuong Huy, a reçu "
           "l'ambassadeur de France au Vietnam, Olivier Brochet.",
     {("cao-tuong-huy", "holdsPosition", "chairman-of-the-provincial-peoples-committee"),
      ("cao-tuong-huy", "memberOf", "quang-ninh-peoples-committee"),
      ("olivier-brochet", "holdsPosition", "ambassador-of-france-to-vietnam")}),
    ("ru", "Посол Республики Корея во Вьетнаме Чхве Ён Сам посетил Дананг.",
     {("chkhve-en-sam", "holdsPosition", "ambassador-of-south-korea-to-vietnam")}),
    ("vi", "Phó Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Hồng tiếp Đại sứ Pháp tại Việt Nam Olivier Brochet.",
     {("nguyen-van-hong", "holdsPosition", "vice-chairman-of-the-provincial-peoples-committee"),
      ("nguyen-van-hong", "memberOf", "quang-ninh-peoples-committee"),
      ("olivier-brochet", "holdsPosition", "ambassador-of-france-to-vietnam")}),
    ("de", "Die Staatssekretärin Ines Fröhlich besuchte Hanoi.", {("ines-frohlich", "holdsPosition", "state-secretary")}),
    ("pl", "Minister Jan Kowalski odwiedził Hanoi.", {("jan-kowalski", "holdsPosition", "minister")}),
])
def test_title_chains(lang, text, expected):
    assert expected <= triples_of(text, lang)


def test_a_ministry_is_no_role():
    """"Ministerstwo" starts like "minister": the role stem matches the whole word only."""
    found = triples_of("Ministerstwo Spraw Zagranicznych przyjęło delegację.", "pl")
    assert not {t for t in found if t[1] == "holdsPosition"}


def test_a_role_without_a_holder_is_no_entity():
    from kg.model import Document
    from kg.pipeline import build_documents

    graph = build_documents([Document("t", "t.txt", "The director said the plan works.", "en")])
    assert not [e for e in graph.entities.values() if e.cls == "Position"]


@pytest.mark.parametrize("lang, text, body, place", [
    ("en", "The Consulate General of Germany in Ho Chi Minh City took part.",
     "consulate-general-of-germany-in-ho-chi-minh-city", "ho-chi-minh-city"),
    ("ru", "Форум организовало Генеральное консульство России в Дананге.", "consulate-general-of-russia-in-da-nang", "da-nang"),
    ("en", "The Embassy of Poland in Hanoi took part.", "embassy-of-poland-in-hanoi", "hanoi"),
])
def test_missions_lie_in_their_host_city(lang, text, body, place):
    assert (body, "locatedIn", place) in triples_of(text, lang)


@pytest.mark.parametrize("lang, text, person, office", [
    ("vi", "Tham dự hội nghị có ông Đỗ Hoàng Long, Đại sứ Việt Nam tại Nhật Bản.", "do-hoang-long",
     "ambassador-of-vietnam-to-japan"),
    ("en", "Ambassador of Vietnam to the Republic of Korea Ta Quang Huy attended the forum.", "ta-quang-huy",
     "ambassador-of-vietnam-to-south-korea"),
    ("ru", "В мероприятии участвовал посол Вьетнама в России Данг Минь Кхой.", "dang-minh-khoi",
     "ambassador-of-vietnam-to-russia"),
    ("pl", "Ambasador Wietnamu w Polsce Ha Hoang Hai otworzył spotkanie.", "ha-hoang-hai", "ambassador-of-vietnam-to-poland"),
])
def test_an_ambassador_of_a_country_to_another_holds_that_office(lang, text, person, office):
    """"Ambassador" + the country it is of + "to (the)" the host: one composite Position, in every language."""
    assert (person, "holdsPosition", office) in triples_of(text, lang)


def test_a_title_after_a_name_with_an_article_between():
    text = "Wir sprachen mit Vo Thanh Tung, dem Vizevorsitzenden des Volkskomitees der Provinz Binh Duong."
    assert ("vo-thanh-tung", "holdsPosition", "vice-chairman-of-the-provincial-peoples-committee") in triples_of(text, "de")


@pytest.mark.parametrize("lang, text, person, office, body", [
    ("fr", "Lao Cai coopère avec la France. Sophie Larcher, présidente de l'Université Savoie Mont Blanc, a parlé.",
     "sophie-larcher", "president-of-universite-savoie-mont-blanc", "universite-savoie-mont-blanc"),
    ("fr", "Lao Cai reçoit une mission. Thierry Vuagnat, président de la CCI Haute-Savoie, l'a annoncé.",
     "thierry-vuagnat", "president-of-cci-haute-savoie", "cci-haute-savoie"),
    ("pl", "Thai Nguyen współpracuje z Polską. Prezes Polsko-Wietnamskiej Izby Gospodarczej Dariusz Mielczarek "
           "zwrócił uwagę na to.", "dariusz-mielczarek", "chairman-of-polsko-wietnamska-izba-gospodarcza",
     "polsko-wietnamska-izba-gospodarcza"),
])
def test_a_president_of_an_organisation_is_no_head_of_state(lang, text, person, office, body):
    """A bare "président", "Prezes" is the office of the organisation named after it (the lexicon's President
    of Vietnam is named with the country), and a title opening the sentence is no part of that name."""
    found = triples_of(text, lang)
    assert {(person, "holdsPosition", office), (person, "memberOf", body)} <= found
    assert not any(o == "state-president" for _, _, o in found)


def test_a_german_title_and_its_body_stay_apart():
    found = triples_of("Dong Nai lädt ein. „Gut“, versprach Klaus Rettberg, Präsident der Industrie- und "
                       "Handelskammer Magdeburg.", "de")
    assert ("klaus-rettberg", "memberOf", "industrie-und-handelskammer-magdeburg") in found


@pytest.mark.parametrize("lang, text, person, office", [
    ("ru", "В Куангчи прибыла делегация во главе с заместителем губернатора Новосибирской области Ириной "
           "Белозеровой.", "irina-belozerova", "deputy-governor-of-novosibirskaya-oblast"),
    ("uk", "Виступив заступник губернатора Приморського краю Олег Кожемяко.", "oleh-kozhemiako",
     "deputy-governor-of-primorskiy-kray"),
])
def test_a_deputy_word_before_any_role_makes_it_a_deputys(lang, text, person, office):
    assert (person, "holdsPosition", office) in triples_of(text, lang)


def test_slavic_people_and_titles_are_labelled_in_the_nominative():
    """"заместителем губернатора ... Ириной Белозеровой": the person is Ирина Белозерова, the office "заместитель
    губернатора Новосибирской области" (its head in the nominative, the rest as written)."""
    import kg

    graph = kg.build(texts=[("t", "В Куангчи прибыла делегация во главе с заместителем губернатора Новосибирской "
                                  "области Ириной Белозеровой.")], lang="ru")
    person, office = graph.entities["irina-belozerova"], graph.entities["deputy-governor-of-novosibirskaya-oblast"]
    assert ("Ирина Белозерова", "ru") in person.alt_labels
    assert ("заместитель губернатора Новосибирской области", "ru") in office.alt_labels


@pytest.mark.parametrize("lang, name, nominative", [
    ("ru", "Ирины Белозеровой", "Ирина Белозерова"),
    ("ru", "Сергея Пахомова", "Сергей Пахомов"),
    ("uk", "Олександра Коваленка", "Олександр Коваленко"),
    ("uk", "Олександра Коваленко", "Олександра Коваленко"),     # a woman, in the nominative
    ("ru", "Нгуен Тхань Луана", "Нгуен Тхань Луана"),           # pymorphy3 cannot read it: as written
])
def test_a_slavic_persons_name_in_the_nominative(lang, name, nominative):
    from kg.extract.people import nominative_person

    assert nominative_person(lang, name) == nominative


@pytest.mark.parametrize("lang, text, person, mission", [
    ("uk", "Посол України в Соціалістичній Республіці В'єтнам Андрій Дорошенко відкрив форум. Форум організувало "
           "Посольство України у В'єтнамі.", "andrii-doroshenko", "embassy-of-ukraine-in-vietnam"),
    ("ru", "Выступил генеральный консул России в Дананге Сергей Пахомов. Генеральное консульство России в Дананге "
           "поддержало проект.", "sergei-pakhomov", "consulate-general-of-russia-in-da-nang"),
])
def test_a_diplomat_is_a_member_of_the_mission_the_document_names(lang, text, person, mission):
    assert (person, "memberOf", mission) in triples_of(text, lang)


def test_a_diplomat_is_no_member_of_a_mission_the_document_does_not_name():
    found = triples_of("Speakers included Ambassador of Vietnam to Japan Tran Quoc Vinh.", "en")
    assert ("tran-quoc-vinh", "holdsPosition", "ambassador-of-vietnam-to-japan") in found
    assert not any(p == "memberOf" for _, p, _ in found)


@pytest.mark.parametrize("lang, text, person, office", [
    # a portfolio between the role and what it is the role of
    ("en", "Vice Governor for Economic Affairs of Jeollanam-do Lee Jae-won visited South Korea.", "lee-jae-won",
     "vice-governor-of-south-jeolla"),
    # a portfolio after it, and an honorific before the name
    ("fr", "Elle a reçu la vice-présidente de la région Occitanie chargée de l'Europe et de l'international, "
           "Mme Hélène Rouquette, en France.", "helene-rouquette", "vice-president-of-occitanie"),
    # a host word before a body ("im Ministerium")
    ("de", "Er traf den Staatssekretär im Thüringer Ministerium für Wirtschaft Markus Brandt.", "markus-brandt",
     "state-secretary-of-thuringer-ministerium-fur-wirtschaft"),
])
def test_portfolios_hosts_and_class_nouns_inside_a_title(lang, text, person, office):
    assert (person, "holdsPosition", office) in triples_of(text, lang)


def test_a_portfolio_is_no_person():
    found = {surface for surface, _, cls in mentions_of(
        "Lee Jae-won, Vice Governor for Economic Affairs of Jeollanam-do, spoke in South Korea.", "en") if cls == "Person"}
    assert found == {"Lee Jae-won"}


@pytest.mark.parametrize("lang, text, person, office", [
    ("ru", "Делегацию возглавил советник-посланник посольства Индии Раджеш Кумар.", "radzhesh-kumar",
     "minister-counsellor-of-embassy-of-india-in-vietnam"),
    ("en", "Minister-Counsellor Anna Berg of the Swedish embassy spoke first.", "anna-berg", "minister-counsellor"),
    ("de", "Landesdirektorin Maria Keller eröffnete das Treffen.", "maria-keller", "country-director"),
    ("fr", "La vice-préfète Claire Dubois a signé l'accord.", "claire-dubois", "vice-prefect"),
])
def test_roles_of_diplomats_agencies_and_prefectures(lang, text, person, office):
    """Minister-counsellors are no ambassadors ("посланник" is not "посол"); country directors and vice-prefects
    are roles of their own."""
    found = triples_of(text, lang)
    assert (person, "holdsPosition", office) in found
    assert not any(o.startswith("ambassador") for _, p, o in found if p == "holdsPosition")


@pytest.mark.parametrize("lang, text, person, office", [
    ("fr", "Le vice-préfet de Honghe, Li Wei, a reçu la délégation.", "li-wei", "vice-prefect"),
    ("de", "Der Landrat des Landkreises Reutlingen, Peter Maurer, besuchte Hanoi.", "peter-maurer",
     "district-administrator"),
])
def test_a_role_of_a_place_no_lexicon_knows_still_reaches_its_holder(lang, text, person, office):
    """The role, a connector and up to a few capitalised words no mention covers, then a comma and the name."""
    assert (person, "holdsPosition", office) in triples_of(text, lang)


def test_a_lowercase_word_after_the_role_ends_the_search_for_its_holder():
    found = triples_of("Der Landrat des Kreises lobte Reutlingen, Peter Maurer lachte.", "de")
    assert not any(p == "holdsPosition" for _, p, _ in found)


@pytest.mark.parametrize("lang, text, person, body", [
    ("fr", "Selon la directrice de l'agence de l'AFD au Vietnam, Sophie Marchand, le projet a formé des guides.",
     "sophie-marchand", "french-development-agency"),
    ("pl", "Uczestniczyła w nim dyrektorka Zagranicznego Biura Handlowego PAIH w Hanoi Anna Nowicka.",
     "anna-nowicka", "polish-investment-and-trade-agency"),
])
def test_the_head_of_an_office_is_a_member_of_the_organisation_named_in_it(lang, text, person, body):
    assert (person, "memberOf", body) in triples_of(text, lang)


def test_a_generic_body_word_inside_a_name_is_no_parent_organisation():
    text = "Wei Guohua, Vice Chairman of the People's Government of Guangxi Zhuang Autonomous Region, spoke."
    assert not any(p == "memberOf" and o == "government-of-vietnam" for _, p, o in triples_of(text, "en"))


def test_a_lexicon_office_of_a_body_abroad_is_that_body_s_office():
    """"Deputy Prime Minister" of a foreign region's government is no office of Vietnam's Government."""
    triples = triples_of("Заместитель премьер-министра Правительства Республики Татарстан Рустам Валиев открыл "
                         "встречу.", "ru")
    held = {o for s, p, o in triples if p == "holdsPosition"}
    assert held and "deputy-prime-minister" not in held
    assert any(p == "memberOf" and "tatarstan" in o for s, p, o in triples)


def test_the_city_after_a_foreign_regional_council_is_the_vietnamese_city_before_it():
    """"le Comité populaire de la ville de Hue et le conseil régional de Bretagne …, du vice-président du Comité
    populaire de la ville, M. …": "la ville" is Hue, not Brittany, whose council is no Vietnamese body."""
    found = triples_of("Le Comité populaire de la ville de Hue et le conseil régional de Bretagne ont signé un accord, "
                       "en présence du vice-président du Comité populaire de la ville, M. Phan Quy Phuong.", "fr")
    members = {o for s, p, o in found if s == "phan-quy-phuong" and p == "memberOf"}
    assert members == {"hue-peoples-committee"}


@pytest.mark.parametrize("lang, text, person, body", [
    ("de", "Als Gast sprach auch der Generalkonsul Phan Văn Hùng vom Generalkonsulat der Sozialistischen Republik Vietnam "
           "in Frankfurt am Main.", "phan-van-hung", "consulate-general-of-vietnam-in-frankfurt-am-main"),
    ("pl", "W spotkaniu uczestniczyła Anna Nowak z PAIH.", "anna-nowak", "polish-investment-and-trade-agency"),
    ("en", "The panel heard from Anna Weber from GIZ.", "anna-weber", "giz"),
])
def test_a_person_from_a_body_is_its_member(lang, text, person, body):
    """"X vom Generalkonsulat …", "X z PAIH", "X from GIZ": an affiliation word between a person and a body."""
    assert (person, "memberOf", body) in triples_of(text, lang)


def test_the_president_of_a_polish_company_board_is_the_companys():
    """"prezes zarządu spółki Korzenna Dolina Tomasz Bielecki": the company's president, its member."""
    found = triples_of("– Chcemy razem pracować – mówi prezes zarządu spółki Korzenna Dolina Tomasz Bielecki.", "pl")
    assert ("tomasz-bielecki", "memberOf", "korzenna-dolina") in found
    assert any(s == "tomasz-bielecki" and p == "holdsPosition" for s, p, _ in found)


@pytest.mark.parametrize("lang, text, person, position", [
    ("de", "Botschafter Do Thanh Tung sprach auf dem Forum.", "do-thanh-tung", "ambassador"),
    ("de", "Der Botschafter der Sozialistischen Republik Vietnam in Deutschland, Do Thanh Tung, sprach.",
     "do-thanh-tung", "ambassador-of-vietnam-to-germany"),
])
def test_a_name_as_written_wins_over_one_read_by_undoing_an_ending(lang, text, person, position):
    """"Botschafter" is the ambassador, not "Botschaft" (embassy) with an ending."""
    found = triples_of(text, lang)
    assert (person, "holdsPosition", position) in found
    assert not any(s.startswith("embassy") for s, _, _ in found)


@pytest.mark.parametrize("lang, text, person, position, body", [
    ("de", "Der Sekretär des Parteikomitees der Provinz Quảng Nam, Võ Thành Nhân, sagt das.", "vo-thanh-nhan",
     "secretary-of-provincial-party-committee", "quang-nam-provincial-party-committee"),
    ("ru", "По словам проректора Университета Тэйбак Хоанг Ван Тьена, студенты поедут в Сибирь.", "hoang-van-tien",
     "vice-rector-of-universitet-teibak", "universitet-teibak"),
    ("en", "Vice-Rector of Can Tho University Tran Minh Khoa spoke at the forum.", "tran-minh-khoa",
     "vice-rector-of-can-tho-university", "can-tho-university"),
    ("vi", "Phó Hiệu trưởng Trường Đại học Cần Thơ Trần Minh Khoa phát biểu.", "tran-minh-khoa",
     "vice-rector-of-truong-dai-hoc-can-tho", "truong-dai-hoc-can-tho"),
])
def test_secretaries_and_vice_rectors_of_a_named_body(lang, text, person, position, body):
    """The roles are data in each language; a Vietnamese name after the body's name ends it."""
    found = triples_of(text, lang)
    assert {(person, "holdsPosition", position), (person, "memberOf", body)} <= found


def test_a_university_named_after_a_person_keeps_the_name():
    names = {surface for surface, _, cls in mentions_of("Trường Đại học Tôn Đức Thắng ký kết với Đại học Leipzig.", "vi")
             if cls == "Organization"}
    assert "Trường Đại học Tôn Đức Thắng" in names
