"""Quotes: who said what, one rule per test.

Every article here is invented for the test (people, quotes and outlets do not exist); real club
names are used only so the football reads naturally.
"""
from __future__ import annotations

import pytest

from bot.extract import extract
from bot.model import Extraction, RawArticle
from bot.readers import read_text_article


def article(*paras: str, title: str | None = None, published: str | None = None) -> Extraction:
    return extract(RawArticle(source="test.txt", text="\n\n".join(paras), title=title, published=published))


def speech(ex: Extraction) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in ex.quotes if q.kind == "speech"]


def posts(ex: Extraction) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in ex.quotes if q.kind == "post"]


# --- attribution after the quote ----------------------------------------------------------------


def test_surname_said_after_the_quote_gives_the_full_name_from_earlier():
    ex = article(
        "Southampton manager Harry Delaney was pleased with the way his side held on after going down to ten men.",
        "“We defended for our lives in the second half,” Delaney said.",
    )
    assert speech(ex) == [("Harry Delaney", "We defended for our lives in the second half,")]


def test_verb_first_attribution_said_surname():
    ex = article(
        "Leeds boss Graham Pruett watched his side slip to a third straight defeat.",
        '"It is not good enough for a club like this," said Pruett.',
    )
    assert speech(ex) == [("Graham Pruett", "It is not good enough for a club like this,")]


# --- attribution before the quote -----------------------------------------------------------------


def test_surname_said_colon_before_the_quote():
    ex = article(
        "Everton striker Danny Okafor ended a ten-game drought with a late header.",
        'Okafor said: "I never stopped believing the goals would come."',
    )
    assert speech(ex) == [("Danny Okafor", "I never stopped believing the goals would come.")]


def test_bbc_reaction_line_without_colon_drops_the_role_words():
    ex = article(
        "Middlesbrough moved up to ninth with a comfortable home win.",
        '- Bolton boss Gary Mottram "We were second best from the first whistle and we deserved nothing."',
    )
    assert speech(ex) == [("Gary Mottram", "We were second best from the first whistle and we deserved nothing.")]


def test_bbc_reaction_line_with_colon_drops_the_role_words():
    ex = article(
        "Fulham stretched their unbeaten home run to nine games.",
        '- Fulham boss Ivo Brankovic: "I thought we controlled the game from start to finish."',
    )
    assert speech(ex) == [("Ivo Brankovic", "I thought we controlled the game from start to finish.")]


def test_dash_reaction_line_names_the_speaker_before_the_person_he_talks_about():
    ex = article(
        "Newcastle confirmed the signing of the Czech midfielder on Friday.",
        '- Newcastle manager Callum Reddish on his hopes for Tomas Vrba: "He has the talent to play for his country within a year."',
    )
    assert speech(ex) == [("Callum Reddish", "He has the talent to play for his country within a year.")]


# --- quotes running over several stretches -----------------------------------------------------


def test_curly_quote_running_over_several_paragraphs_keeps_its_speaker():
    ex = article(
        "Celtic manager Aidan Forsyth refused to blame his goalkeeper for the late equaliser.",
        "“Everyone makes mistakes and Craig has saved us a lot of points this season,” Forsyth said. "
        "“He will be back in the team on Saturday.",
        "“The bigger problem was how we reacted after the goal. We stopped passing the ball.",
        "“We have a week to put that right.”",
    )
    assert speech(ex) == [
        ("Aidan Forsyth", "Everyone makes mistakes and Craig has saved us a lot of points this season,"),
        ("Aidan Forsyth", "He will be back in the team on Saturday."),
        ("Aidan Forsyth", "The bigger problem was how we reacted after the goal. We stopped passing the ball."),
        ("Aidan Forsyth", "We have a week to put that right."),
    ]


def test_bbc_reopened_straight_quotes_are_separate_stretches_with_one_speaker():
    ex = article(
        "Wigan came from behind to win for the first time in six matches.",
        'Wigan manager Neil Braddock said: "We started slowly and gave them too much respect. '
        '"Once we got the first goal we were in control. "I am delighted for the supporters, they have been patient with us.',
    )
    assert speech(ex) == [
        ("Neil Braddock", "We started slowly and gave them too much respect."),
        ("Neil Braddock", "Once we got the first goal we were in control."),
        ("Neil Braddock", "I am delighted for the supporters, they have been patient with us."),
    ]


# --- pronouns and descriptions ---------------------------------------------------------------------


def test_he_added_after_a_paragraph_about_someone_else_is_the_new_subject():
    ex = article(
        '"We were excellent from the first minute," said Stoke manager Tony Pulham.',
        "Midfielder Kieran Ashby, who scored the opener, was just as upbeat about the rest of the season.",
        '"There is no reason why we cannot go up this year," he added.',
    )
    assert speech(ex) == [
        ("Tony Pulham", "We were excellent from the first minute,"),
        ("Kieran Ashby", "There is no reason why we cannot go up this year,"),
    ]


def test_he_said_right_after_the_speakers_own_quote_is_the_same_speaker():
    # The name inside the first quote is not a new subject.
    ex = article(
        "Norwich boss Martin Keeble praised his defence after a fourth clean sheet in five games.",
        '"Tom Hadley was outstanding at the back," Keeble said.',
        '"He has been our best player since Christmas," he said.',
    )
    assert speech(ex) == [
        ("Martin Keeble", "Tom Hadley was outstanding at the back,"),
        ("Martin Keeble", "He has been our best player since Christmas,"),
    ]


@pytest.mark.parametrize(
    "intro, attribution, speaker",
    [
        ("Striker Ruud Verhoef ended his goal drought with a late winner for Feyenoord.", "the Dutchman said", "Ruud Verhoef"),
        ("Veteran goalkeeper Alan Pritchard signed a new one-year deal with Millwall on Friday.", "the 36-year-old said", "Alan Pritchard"),
    ],
)
def test_description_attribution_is_the_person_in_view(intro, attribution, speaker):
    ex = article(intro, f'"I still feel I have plenty to give this club," {attribution}.')
    assert speech(ex) == [(speaker, "I still feel I have plenty to give this club,")]


def test_a_club_the_table_does_not_know_before_a_role_word_is_not_the_subject():
    # "Brentford striker Ruud Verhoef": the person in view is Verhoef, not "Brentford".
    ex = article(
        "Brentford striker Ruud Verhoef ended his goal drought with a late winner.",
        '"I was starting to think it would never come," the Dutchman said.',
    )
    assert speech(ex) == [("Ruud Verhoef", "I was starting to think it would never come,")]


def test_role_prefix_is_not_part_of_the_name():
    ex = article(
        "Defender Marco Lindqvist spoke up for his manager after the defeat at Goodison Park.",
        "“Nobody in this dressing room wants a change,” Lindqvist said.",
    )
    assert speech(ex) == [("Marco Lindqvist", "Nobody in this dressing room wants a change,")]


def test_asked_if_then_surname_replied():
    ex = article(
        "Hull manager Phil Brookes saw his side lose for the fourth time in a row.",
        'Asked if he feared for his job, Brookes replied: "That is for the chairman to decide, not me."',
    )
    assert speech(ex) == [("Phil Brookes", "That is for the chairman to decide, not me.")]


def test_apposition_between_speaker_and_verb():
    ex = article(
        "Liverpool chief executive Martin Haddow insists the club's best players are not for sale.",
        'Haddow, speaking to BBC Sport, said: "We will not sell to a rival, whatever the offer."',
    )
    assert speech(ex) == [("Martin Haddow", "We will not sell to a rival, whatever the offer.")]


# --- who is the subject of a paragraph ----------------------------------------------------------------


def test_an_owner_is_not_the_subject():
    ex = article(
        "Manchester City manager Kevin Kellett returned to St James' Park for the first time since leaving Newcastle.",
        "Fenwick's double strike helped City to a comfortable win, and Kellett sympathised with the home supporters.",
        '"I know how much this club means to these people. I had five great years here."',
    )
    assert speech(ex) == [("Kevin Kellett", "I know how much this club means to these people. I had five great years here.")]


def test_a_list_of_names_is_not_a_subject():
    ex = article(
        "Former Milan captain Franco Bellandi has been named the club's new technical director.",
        "Bellandi played more than 300 games in defence alongside Piero Galvani and Luca Benedetti.",
        '"I learned everything I know from watching those two every day," he said.',
    )
    assert speech(ex) == [("Franco Bellandi", "I learned everything I know from watching those two every day,")]


# --- organisations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attribution, speaker",
    [("an FA spokesman said", "The FA"), ("a Chelsea spokesman said", "Chelsea")],
)
def test_organisation_statement(attribution, speaker):
    ex = article(
        "Both clubs face disciplinary action after a mass confrontation in the closing minutes at Stamford Bridge.",
        f'"We will be asking both clubs for their observations on the incident," {attribution}.',
    )
    assert speech(ex) == [(speaker, "We will be asking both clubs for their observations on the incident,")]


# --- what is and is not one quote ------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "\"The referee told me 'it was never a penalty', and then he gave it anyway.\"",
        "“The referee told me ‘it was never a penalty’, and then he gave it anyway.”",
    ],
)
def test_a_quote_inside_a_quote_belongs_to_the_outer_speaker(quote):
    ex = article(
        "Portsmouth boss Alan Redfern was furious with the decision that decided the game.",
        f"Redfern said: {quote}",
    )
    assert speech(ex) == [("Alan Redfern", quote[1:-1])]


def test_scare_quotes_and_titles_are_not_quotes():
    ex = article(
        "Everton were furious when play was stopped in stoppage time for a \"fake\" injury to the Blackburn goalkeeper.",
        "The two sides have not met at Goodison Park since the \"Battle of Goodison\" in 2019, when three players were sent off.",
    )
    assert speech(ex) == []


@pytest.mark.parametrize("open_mark, close_mark", [("“", "”"), ('"', '"')])
def test_curly_and_straight_quotes_read_the_same(open_mark, close_mark):
    ex = article(
        "Sunderland boss Liam Trotter was proud of his young side.",
        f"{open_mark}They never stopped running,{close_mark} Trotter said. {open_mark}That is all I ask of them.{close_mark}",
    )
    assert speech(ex) == [
        ("Liam Trotter", "They never stopped running,"),
        ("Liam Trotter", "That is all I ask of them."),
    ]


# --- embedded posts ------------------------------------------------------------------------------


def test_embedded_tweet_is_a_post_by_the_outlet_and_not_speech_by_the_people_it_names():
    ex = article(
        "Everton manager Sean Whitford believes his side can still finish in the top six after a third straight win.",
        "Callum Doyle again! Two goals in ten minutes for the Everton No 9 🔥 https://t.co/Zq81LmW0pq "
        "— Merseyside Football Daily (@MerseyFootball) January 25, 2018",
        "“We are not talking about Europe yet, but the players have earned the right to dream,” he said.",
    )
    ((speaker, text),) = posts(ex)
    assert speaker == "Merseyside Football Daily"
    assert text.startswith("Callum Doyle again! Two goals in ten minutes for the Everton No 9")
    assert "Callum Doyle" not in {speaker for speaker, _ in speech(ex)}
    assert speech(ex) == [
        ("Sean Whitford", "We are not talking about Europe yet, but the players have earned the right to dream,")
    ]


# --- input straight from a reader -----------------------------------------------------------------


def test_html_entities_and_emoji_digits_through_read_text_article():
    raw = read_text_article(
        "Hibs edge Hearts in derby thriller\n\n"
        "Hibernian boss Grant McInally was thrilled after his side won the derby at Easter Road.\n\n"
        "&ldquo;That&#8217;s the best we&rsquo;ve played all season,&rdquo; McInally said.\n\n"
        "Derby day belongs to Hibs! 2\ufe0f\u20e3-1\ufe0f\u20e3 at full-time https://t.co/Lk9Pq2Wb7x "
        "&mdash; Capital Football Review (@CapitalFootyRev) March 14, 2026\n",
        "derby.txt",
    )
    ex = extract(raw)
    assert speech(ex) == [("Grant McInally", "That’s the best we’ve played all season,")]
    ((speaker, text),) = posts(ex)
    assert speaker == "Capital Football Review"
    assert text.startswith("Derby day belongs to Hibs! 2-1 at full-time")
