"""Splitting a full name written in one column («ФИО», «Аты-жөні», «Т.А.Ә.») into its parts.

The rule, for names as Kazakhstan's lists write them (surname first):

- the first word is the surname, the second the given name;
- a patronymic is what follows: a Russian one (``-ович``, ``-евич``,
  ``-ична``, ``-овна``, ``-евна``, ``-инична``), a Kazakh one joined
  (``Серікұлы``, ``Бекқызы``, ``-улы``, ``-кызы`` when typed without the Kazakh
  letters) or written as two words (``Серік ұлы``, ``Бек қызы``: joined as
  ``Серік ұлы``, kept as written);
- a third word that is not a patronymic belongs to the given name: two-word
  given names are rare («Айым Нұр»), but a word there is never dropped;
- a single word cannot be split: the row is refused, asking for the name.
"""
from __future__ import annotations

import re

from app.errors import ValidationError
from app.i18n import Msg

_PATRONYMIC_END = re.compile(r"(?:ович|евич|вич|ична|овна|евна|ұлы|улы|қызы|кызы|оглы|кизи)$", re.IGNORECASE)
_PATRONYMIC_WORD = {"ұлы", "улы", "қызы", "кызы", "оглы", "кизи", "uly", "qyzy"}


def is_patronymic(word: str) -> bool:
    """True for a word that can only be a patronymic (``Серікұлы``, ``Петрович``)."""
    return bool(_PATRONYMIC_END.search(word)) and len(word) > 4


def split_full_name(text: str, field: str = "full_name") -> tuple[str, str, str | None]:
    """(surname, name, patronymic or None) of a full name; raises ValidationError on ``field`` when
    only one word is given."""
    words = text.replace(",", " ").split()
    if len(words) < 2:
        raise ValidationError(field, Msg(
            "Tables", "“{text}” is not a full name: write the surname and the name (and the patronymic, "
                      "if any), separated by spaces.", text=text))
    surname, rest = words[0], words[1:]
    if len(rest) >= 2 and rest[-1].casefold() in _PATRONYMIC_WORD:
        # "Серік ұлы": the father's name and ұлы/қызы as two words.
        father = rest[-2] if len(rest) >= 3 else None
        if father is not None:
            return surname, " ".join(rest[:-2]), f"{father} {rest[-1]}"
        return surname, rest[0], rest[1]  # "Әлиев Серік ұлы": too short to tell; nothing is dropped
    if len(rest) >= 2 and is_patronymic(rest[-1]):
        return surname, " ".join(rest[:-1]), rest[-1]
    return surname, " ".join(rest), None
