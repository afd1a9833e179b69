#!/usr/bin/env python3
"""Writes N synthetic multilingual (fr/en/ru) conflict-report articles as JSON Lines, about SIZE bytes each.

Deterministic (fixed seed). The texts are made up from templates; they name real places of the South
Caucasus and neighbours in each language, plus a few made-up names that stay unresolved.
Usage: gen-articles.py N OUT.jsonl [SIZE_BYTES]
"""
import json
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


def article(rng, i, size):
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


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
    rng = random.Random(20201127)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(article(rng, i, size), ensure_ascii=False))
            f.write("\n")


if __name__ == "__main__":
    main()
