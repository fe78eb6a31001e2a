"""The words the mailroom's reader mends OCR text towards are the message's commune's own: on
PostgreSQL, with several communes, a commune's session gives its units' names and contacts and
none of another commune's."""

from __future__ import annotations

from sqlalchemy import Engine

from documents.config_files import campaign_words
from documents.db import all_communes, for_commune, make_session_factory, transaction
from documents.models import Commune, Unit


def test_each_commune_reads_only_its_own_units_words(pg: Engine) -> None:
    sessions = make_session_factory(pg)
    with transaction(all_communes(sessions)) as session:
        a = Commune(slug="xa-a", name="xã Hòa Bình", office_name="Văn phòng Đảng ủy xã Hòa Bình")
        b = Commune(slug="xa-b", name="xã Bãi Sậy")
        session.add_all([a, b])
    with transaction(for_commune(sessions, a.id)) as session:
        session.add(Unit(id="ccb", name="Chi hội Cựu chiến binh thôn Đông", kind="doan_the",
                         aliases=["CCB thôn Đông"], contact="Lê Thị Hường"))  # fmt: skip
        session.add(Unit(id="old", name="Chi bộ thôn Cũ", kind="chi_bo", aliases=[], active=False))
    with transaction(for_commune(sessions, b.id)) as session:
        session.add(Unit(id="ccb", name="Chi hội Cựu chiến binh thôn Tây", kind="doan_the",
                         aliases=[], contact="Trần Đình Khải"))  # fmt: skip
    with transaction(for_commune(sessions, a.id)) as session:
        assert campaign_words(session) == [
            "xã Hòa Bình",
            "Văn phòng Đảng ủy xã Hòa Bình",
            "Chi hội Cựu chiến binh thôn Đông",
            "CCB thôn Đông",
            "Lê Thị Hường",
        ]
    with transaction(for_commune(sessions, b.id)) as session:
        assert campaign_words(session) == [
            "xã Bãi Sậy",
            "Chi hội Cựu chiến binh thôn Tây",
            "Trần Đình Khải",
        ]
