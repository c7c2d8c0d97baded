/* Unit tests for the names pass on short texts written for the test:
 * people whose given name is in no list, gender from the text, the
 * gazetteer admitted by evidence, fuller place names, label lines,
 * captions, credits and bylines, Title Case headlines, teams. */
#include <stdio.h>
#include <stdlib.h>
#include "extract_fixture.h"

/* Fails listing what was found, so a miss says why. */
static void expect(const run *r, actor_kind k, const char *name, int present)
{
    if ((entity(r, name, k) != NULL) == present)
        return;
    char all[2048] = "";
    for (size_t i = 0; i < r->ex.n_entities; i++) {
        size_t l = strlen(all);
        snprintf(all + l, sizeof all - l, "[%s %s] ", actor_kind_name(r->ex.entities[i].kind),
                 r->ex.entities[i].name);
    }
    fail_msg("%s %s %s; found: %s", actor_kind_name(k), name, present ? "missing" : "found", all);
}

/* The speaker entity's name of the quote starting with prefix. */
static const char *speaker_of(const run *r, const char *prefix)
{
    const ex_quote *q = quote(r, prefix);
    return q ? speaker(r, q) : "(no such quote)";
}

/* Given names in no list: a role and a comma before, an age after, a
 * surname the text later gives with an honorific, "his" or "her" after. */
static void test_unknown_given_name_from_context(void **state)
{
    (void)state;
    run r;
    go(&r, "Storm hits the coast\n\n"
           "The mayor, Kelthra Vonnimar, closed the port on Monday. "
           "Oduvan Preshk, 34, lost his boat. Ylvar Dastrenko runs the only cafe on the quay "
           "and stayed open. Mr Dastrenko said the storm was the worst in years.\n");
    expect(&r, ACTOR_PERSON, "Kelthra Vonnimar", 1);
    expect(&r, ACTOR_PERSON, "Oduvan Preshk", 1);
    expect(&r, ACTOR_PERSON, "Ylvar Dastrenko", 1);
    /* one person, not a second "Dastrenko" */
    expect(&r, ACTOR_PERSON, "Dastrenko", 0);
    done(&r);
    go(&r, "Bakery\n\nZelmira Oskarsdottir opened her bakery on Friday.\n");
    expect(&r, ACTOR_PERSON, "Zelmira Oskarsdottir", 1);
    done(&r);
    /* a surname with a person's evidence ("Saka, 22,") makes the full
     * name given earlier a person */
    go(&r, "Derby\n\nThe manager praised Bukayo Saka after the match. Saka, 22, scored twice.\n");
    expect(&r, ACTOR_PERSON, "Bukayo Saka", 1);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 1);
    done(&r);
    /* a hyphenated surname alone at a sentence's start is its person's */
    go(&r, "Bakery\n\nMaria Okonkwo-Pratt left Lagos.\n\nOkonkwo-Pratt, now 34, runs a bakery.\n");
    const ex_entity *mo = entity(&r, "Maria Okonkwo-Pratt", ACTOR_PERSON);
    assert_non_null(mo);
    assert_int_equal(mo->n_mentions, 2);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 1);
    done(&r);
    /* a name set off by commas before "said"; a constituency is none */
    go(&r, "Vote\n\nThe MP for Bristol West, Thangam Debbonaire, said voters wanted clarity. "
           "The Vatican newspaper, L'Osservatore Romano, said little.\n");
    expect(&r, ACTOR_PERSON, "Thangam Debbonaire", 1);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 1);
    done(&r);
    /* given names of the records, in no hand-written list */
    go(&r, "Talks resume\n\nDariusz Nowakowski met Oluwaseun Adeyemi in the capital.\n");
    expect(&r, ACTOR_PERSON, "Dariusz Nowakowski", 1);
    expect(&r, ACTOR_PERSON, "Oluwaseun Adeyemi", 1);
    done(&r);
    /* family name first, and a surname that is a month */
    go(&r, "Summit\n\nKim Jong-un wrote to Theresa May about the summit.\n");
    expect(&r, ACTOR_PERSON, "Kim Jong-un", 1);
    expect(&r, ACTOR_PERSON, "Theresa May", 1);
    done(&r);
    /* a middle initial without its dot, as British copy writes it */
    go(&r, "Ruling\n\nCharles A Blixt, a vice-president of the firm, said the ruling was wrong.\n");
    expect(&r, ACTOR_PERSON, "Charles A Blixt", 1);
    done(&r);
    /* a run closed by a place and opened by no given name is a team or a
     * firm, whatever verb follows it */
    go(&r, "Club\n\n\"We keep looking,\" said Real Madrid president Florentino Perez. "
           "A statement from Lycos Europe announcing the end followed.\n");
    expect(&r, ACTOR_PERSON, "Florentino Perez", 1);
    expect(&r, ACTOR_PERSON, "Real Madrid", 0);
    expect(&r, ACTOR_PERSON, "Lycos Europe", 0);
    done(&r);
    /* capitals that end as a firm's, a court's or a ground's name */
    go(&r, "Round-up\n\nStar Wars Battlefront sold well. Deputy High Court Judge Richard Mawrey spoke. "
           "Chelsea lost at St James' Park. The firm called in David Rubin & Partners. "
           "Kim Jong Un met UN officials.\n");
    expect(&r, ACTOR_PERSON, "Richard Mawrey", 1);
    expect(&r, ACTOR_PERSON, "Kim Jong Un", 1);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 2);
    done(&r);
    /* a line-up in capitals is a list of names, no Title Case headline */
    go(&r, "Team news\n\nWales named their side on Tuesday.\n\n"
           "Replacements: R Brennock (Llanelli), J Yarrow (Cardiff), G Coppin (Newport).\n");
    expect(&r, ACTOR_PERSON, "R Brennock", 1);
    expect(&r, ACTOR_PERSON, "J Yarrow", 1);
    expect(&r, ACTOR_PERSON, "G Coppin", 1);
    done(&r);
    /* "-led", "-type" after a name make an adjective of it */
    go(&r, "Party\n\nA Lindsey Graham-type candidate joined the Tom Hart-led party.\n");
    expect(&r, ACTOR_PERSON, "Lindsey Graham", 1);
    expect(&r, ACTOR_PERSON, "Tom Hart", 1);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 2);
    done(&r);
    /* words that end a firm's or a group's name, never a person's */
    go(&r, "Groups\n\nMaria Espinoza of the Remembrance Project met staff at the Hilton Garden Inn.\n");
    expect(&r, ACTOR_PERSON, "Maria Espinoza", 1);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 1);
    done(&r);
    go(&r, "Markets\n\nAnalysts at Morgan Stanley said the hit would be small.\n");
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 0);
    done(&r);
    go(&r, "Match\n\nOllie Watkins told Sky Sports the team had played well.\n");
    expect(&r, ACTOR_PERSON, "Ollie Watkins", 1);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 1);
    done(&r);
    /* a film title's last word is no given name: "of the Sun Willis" */
    go(&r, "Film\n\nActor Bruce Willis made Tears of the Sun.\n\nIn Tears of the Sun Willis plays a doctor.\n");
    expect(&r, ACTOR_PERSON, "Bruce Willis", 1);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 1);
    done(&r);
}

/* Gender from the text decides who "she" is: an honorific, and "her"
 * after a name; the more recent person of the other gender loses. */
static void test_gender_from_honorific_and_possessive(void **state)
{
    (void)state;
    run r;
    go(&r, "Bakers\n\n"
           "Kelthra Vonnimar and Oduvan Preshk run the two bakeries of the town. "
           "Ms Vonnimar met Mr Preshk on Tuesday.\n\n"
           "\"We will share the ovens,\" she said.\n");
    assert_string_equal(speaker_of(&r, "We will share"), "Kelthra Vonnimar");
    done(&r);
    go(&r, "Bakers\n\n"
           "Kelthra Vonnimar opened her second bakery this week. Oduvan Preshk closed his.\n\n"
           "\"Bread is what this town needs,\" she said.\n");
    assert_string_equal(speaker_of(&r, "Bread is what"), "Kelthra Vonnimar");
    done(&r);
    /* and the records: Siobhan is a woman's name, Tariq a man's */
    go(&r, "Bakers\n\n"
           "Siobhan Vonnimar hired Tariq Preshk as head baker.\n\n"
           "\"He starts on Monday,\" she said.\n");
    assert_string_equal(speaker_of(&r, "He starts"), "Siobhan Vonnimar");
    done(&r);
}

/* Words of the gazetteer that are common words, or someone's surname,
 * are no places; a town is, when the text says so. */
static void test_gazetteer_needs_evidence(void **state)
{
    (void)state;
    run r;
    go(&r, "Arrest\n\n"
           "Police said the man was still held. As the City waited, Barack Obama spoke. "
           "Obama said he trusted the courts. She grew up in Kirkcaldy, Fife, and later moved "
           "to a Leeds-based firm.\n");
    expect(&r, ACTOR_PLACE, "Police", 0);
    expect(&r, ACTOR_PLACE, "City", 0);
    expect(&r, ACTOR_PLACE, "As", 0);
    expect(&r, ACTOR_PLACE, "Still", 0);
    expect(&r, ACTOR_PLACE, "Obama", 0);
    expect(&r, ACTOR_PERSON, "Barack Obama", 1);
    expect(&r, ACTOR_PLACE, "Kirkcaldy", 1);
    expect(&r, ACTOR_PLACE, "Fife", 1);
    expect(&r, ACTOR_PLACE, "Leeds", 1);
    done(&r);
    /* a place inside a longer name is not the place */
    go(&r, "Markets\n\nThe Bank of England held rates. Real Madrid won again.\n");
    expect(&r, ACTOR_PLACE, "United Kingdom", 0);
    expect(&r, ACTOR_PLACE, "Madrid", 0);
    done(&r);
}

/* The fuller name the text gives: a compass word before, a geographic
 * word after, the longest gazetteer name. */
static void test_fuller_place_name(void **state)
{
    (void)state;
    run r;
    go(&r, "Voyage\n\nThe yacht left New York City and crossed the Pacific Ocean. "
           "Floods hit South Asia.\n");
    expect(&r, ACTOR_PLACE, "New York City", 1);
    expect(&r, ACTOR_PLACE, "Pacific Ocean", 1);
    expect(&r, ACTOR_PLACE, "South Asia", 1);
    expect(&r, ACTOR_PLACE, "New York", 0);
    expect(&r, ACTOR_PLACE, "Asia", 0);
    done(&r);
    /* a dateline's capitals are no spelling; the AP's state abbreviations */
    go(&r, "Rally\n\nTRENTON, N.J. (AP) - Voters in Trenton and in Huntsville, Ala., and "
           "Cheyenne, Wyo., waited.\n");
    expect(&r, ACTOR_PLACE, "Trenton", 1);
    expect(&r, ACTOR_PLACE, "TRENTON", 0);
    expect(&r, ACTOR_PLACE, "Alabama", 1);
    expect(&r, ACTOR_PLACE, "Wyoming", 1);
    done(&r);
    /* subdivisions by their English names, the local ones as aliases */
    go(&r, "Elections\n\nVoters in North Rhine-Westphalia, Bayern and Sichuan went to the polls.\n");
    expect(&r, ACTOR_PLACE, "North Rhine-Westphalia", 1);
    expect(&r, ACTOR_PLACE, "Bavaria", 1);
    expect(&r, ACTOR_PLACE, "Sichuan", 1);
    done(&r);
    go(&r, "Storm\n\nCrossings to Sydney, N.S., and Charlottetown, P.E.I., were cut.\n");
    expect(&r, ACTOR_PLACE, "Nova Scotia", 1);
    expect(&r, ACTOR_PLACE, "Prince Edward Island", 1);
    done(&r);
}

/* Label lines, captions, credits and bylines name none of the article's
 * people. */
static void test_labels_captions_credits(void **state)
{
    (void)state;
    run r;
    go(&r, "Council votes\n\n"
           "By Marta Quillon, Harbour Gazette\n\n"
           "READ MORE: Jane Roe wins the regatta again\n\n"
           "WATCH: Harbour fire\n\n"
           "The council voted on Monday.\n\n"
           "Photo: Sam Ortiz / Harbour Gazette\n\n"
           "Councillor Olive Bracken said the vote was fair.\n\n"
           "With files from Peter Lindqvist\n");
    expect(&r, ACTOR_PERSON, "Olive Bracken", 1);
    expect(&r, ACTOR_PERSON, "Jane Roe", 0);
    expect(&r, ACTOR_PERSON, "Sam Ortiz", 0);
    expect(&r, ACTOR_PERSON, "Peter Lindqvist", 0);
    expect(&r, ACTOR_PERSON, "Marta Quillon", 0);
    expect(&r, ACTOR_PERSON, "Read More", 0);
    expect(&r, ACTOR_PERSON, "Watch", 0);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 1);
    done(&r);
    /* a transcript speaker the article introduced is a person */
    go(&r, "Interview\n\nWe spoke to councillor Olive Bracken.\n\nBRACKEN: The vote was fair.\n");
    expect(&r, ACTOR_PERSON, "Olive Bracken", 1);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 1);
    done(&r);
    /* "produced by the firm" credits no one: the paragraph still names */
    go(&r, "Lawsuit\n\nHe was hurt during the filming of the movie, produced by the firm. "
           "\"We cannot comment,\" studio spokesman Sean Dudas said.\n");
    expect(&r, ACTOR_PERSON, "Sean Dudas", 1);
    done(&r);
}

/* A Title Case headline yields only names the article knows; slogans
 * give the person they name. */
static void test_title_case_headline(void **state)
{
    (void)state;
    run r;
    go(&r, "Why Fixing Roads Is More Important Than Electing Obama\n\n"
           "Donald Trump Sounds Weirdly Sophisticated With A British Accent\n\n"
           "Barack Obama said roads matter. The mayor agreed.\n");
    expect(&r, ACTOR_PERSON, "Barack Obama", 1);
    expect(&r, ACTOR_PERSON, "Important Than Electing Obama", 0);
    expect(&r, ACTOR_PERSON, "Donald Trump Sounds Weirdly Sophisticated", 0);
    expect(&r, ACTOR_PERSON, "Donald Trump", 0);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 1);
    done(&r);
    go(&r, "Rally\n\nTony Blair arrived late. Vote Blair, the posters said. The Stop Blair "
           "movement stayed home.\n");
    expect(&r, ACTOR_PERSON, "Tony Blair", 1);
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 1);
    done(&r);
}

/* In a sport report a town named only as its team is the team. */
static void test_team_is_not_place(void **state)
{
    (void)state;
    run r;
    go(&r, "Cup tie\n\n"
           "Burnley boss Sean Dyche praised his striker. Burnley beat Wrexham 2-0 and the "
           "midfielder scored twice. The squad flew home from Manchester.\n");
    expect(&r, ACTOR_PLACE, "Burnley", 0);
    expect(&r, ACTOR_PLACE, "Manchester", 1);
    done(&r);
    /* "France's squad", "defeat to Wales", "France, who lost to Wales":
     * teams; the city of the match is still a place */
    go(&r, "Squad news\n\n"
           "Ana Ruiz has been dropped from France's squad for the match in Dublin. She came on "
           "in last Saturday's 24-18 defeat to Wales. France coach Ben Cole said France, who lost "
           "to Wales, must win.\n");
    expect(&r, ACTOR_PLACE, "France", 0);
    expect(&r, ACTOR_PLACE, "Wales", 0);
    expect(&r, ACTOR_PLACE, "Dublin", 1);
    done(&r);
    /* a score after the possessive; one strong sign is enough beside a few
     * words of a match report */
    go(&r, "Injury\n\nThe full-back was hurt late in Newcastle's 1-0 defeat at home. The club "
           "doctor said his penalty area work was over, and the goalkeeper agreed. Stadium "
           "staff in Leeds cleared the ground.\n");
    expect(&r, ACTOR_PLACE, "Newcastle", 0);
    expect(&r, ACTOR_PLACE, "Leeds", 1);
    done(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unknown_given_name_from_context),
        cmocka_unit_test(test_gender_from_honorific_and_possessive),
        cmocka_unit_test(test_gazetteer_needs_evidence),
        cmocka_unit_test(test_fuller_place_name),
        cmocka_unit_test(test_labels_captions_credits),
        cmocka_unit_test(test_title_case_headline),
        cmocka_unit_test(test_team_is_not_place),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
