#!/usr/bin/env python3
"""Writes assets/holidays/*.toml: the public holidays that working-day recording timescales skip.

A maintainer's tool, run once when the covered years run out (the files, not this script, are
what the program reads; an operator may also edit them by hand, e.g. for a one-off holiday such
as a state funeral). Rules, as published:
  England and Wales, Scotland, Northern Ireland: gov.uk/bank-holidays (substitute days: a
  holiday on a Saturday or Sunday moves to the next weekday that is not already a holiday).
  United States federal: 5 U.S.C. 6103 (Saturday -> the Friday before, Sunday -> the Monday after).
  Connecticut: the federal list plus Lincoln's Birthday and Good Friday (Conn. Gen. Stat. 1-4).
Needs python3-dateutil (Easter).
"""
import datetime as dt
import pathlib
import sys

from dateutil.easter import easter

FIRST_YEAR, LAST_YEAR = 2024, 2032
MON, THU = 0, 3


def nth_weekday(year, month, weekday, n):
    day = dt.date(year, month, 1)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day + dt.timedelta(weeks=n - 1)


def last_weekday(year, month, weekday):
    day = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def uk_substitutes(days):
    """days: [(date, name)] in order; weekend ones get the next free weekday as a substitute."""
    taken = {d for d, _ in days}
    out = []
    for day, name in days:
        out.append((day, name))
        if day.weekday() >= 5:
            sub = day
            while sub.weekday() >= 5 or sub in taken:
                sub += dt.timedelta(days=1)
            taken.add(sub)
            out.append((sub, name + " (substitute day)"))
    return out


def uk(year, region):
    e = easter(year)
    days = [(dt.date(year, 1, 1), "New Year's Day")]
    if region == "scotland":
        days.append((dt.date(year, 1, 2), "2nd January"))
    days = uk_substitutes(days)
    if region == "northern-ireland":
        days += uk_substitutes([(dt.date(year, 3, 17), "St Patrick's Day")])
    days.append((e - dt.timedelta(days=2), "Good Friday"))
    if region != "scotland":
        days.append((e + dt.timedelta(days=1), "Easter Monday"))
    days.append((nth_weekday(year, 5, MON, 1), "Early May bank holiday"))
    days.append((last_weekday(year, 5, MON), "Spring bank holiday"))
    if region == "northern-ireland":
        days += uk_substitutes([(dt.date(year, 7, 12), "Battle of the Boyne (Orangemen's Day)")])
    if region == "scotland":
        days.append((nth_weekday(year, 8, MON, 1), "Summer bank holiday"))
        days += uk_substitutes([(dt.date(year, 11, 30), "St Andrew's Day")])
    else:
        days.append((last_weekday(year, 8, MON), "Summer bank holiday"))
    days += uk_substitutes([(dt.date(year, 12, 25), "Christmas Day"), (dt.date(year, 12, 26), "Boxing Day")])
    return days


def us_observed(day, name):
    if day.weekday() == 5:
        return [(day, name), (day - dt.timedelta(days=1), name + " (observed)")]
    if day.weekday() == 6:
        return [(day, name), (day + dt.timedelta(days=1), name + " (observed)")]
    return [(day, name)]


def us(year, state=None):
    days = []
    days += us_observed(dt.date(year, 1, 1), "New Year's Day")
    days.append((nth_weekday(year, 1, MON, 3), "Birthday of Martin Luther King, Jr."))
    if state == "connecticut":
        days += us_observed(dt.date(year, 2, 12), "Lincoln's Birthday")
    days.append((nth_weekday(year, 2, MON, 3), "Washington's Birthday"))
    if state == "connecticut":
        days.append((easter(year) - dt.timedelta(days=2), "Good Friday"))
    days.append((last_weekday(year, 5, MON), "Memorial Day"))
    days += us_observed(dt.date(year, 6, 19), "Juneteenth National Independence Day")
    days += us_observed(dt.date(year, 7, 4), "Independence Day")
    days.append((nth_weekday(year, 9, MON, 1), "Labor Day"))
    days.append((nth_weekday(year, 10, MON, 2), "Columbus Day"))
    days += us_observed(dt.date(year, 11, 11), "Veterans Day")
    days.append((nth_weekday(year, 11, THU, 4), "Thanksgiving Day"))
    days += us_observed(dt.date(year, 12, 25), "Christmas Day")
    return days


REGIONS = {
    "england-and-wales": ("England and Wales", "gov.uk/bank-holidays", lambda y: uk(y, "england-and-wales")),
    "scotland": ("Scotland", "gov.uk/bank-holidays", lambda y: uk(y, "scotland")),
    "northern-ireland": ("Northern Ireland", "gov.uk/bank-holidays", lambda y: uk(y, "northern-ireland")),
    "us-federal": ("United States (federal)", "5 U.S.C. 6103, opm.gov", lambda y: us(y)),
    "us-connecticut": ("Connecticut, United States", "5 U.S.C. 6103 and Conn. Gen. Stat. 1-4",
                       lambda y: us(y, "connecticut")),
}


def write(folder, key):
    name, source, rule = REGIONS[key]
    lines = [
        f"# Public holidays for {name}: days that working-day recording timescales skip.",
        f"# Source: {source}. Written by scripts/make-holiday-files.py; an operator may edit it",
        "# (add a one-off holiday, extend the years) without rebuilding: the program reads it at start.",
        "# A due date that falls after last_year is counted with weekends only, and `contact-kiosk",
        "# doctor` says so.",
        f'name = "{name}"',
        f"first_year = {FIRST_YEAR}",
        f"last_year = {LAST_YEAR}",
        "",
    ]
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for day, title in sorted(rule(year)):
            lines += ["[[holiday]]", f"date = {day.isoformat()}", f'name = "{title}"', ""]
    (folder / f"{key}.toml").write_text("\n".join(lines))


if __name__ == "__main__":
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "assets/holidays")
    out.mkdir(parents=True, exist_ok=True)
    for region in REGIONS:
        write(out, region)
