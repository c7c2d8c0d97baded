/* Unit tests for reported clauses, on short texts written for the test:
 * a partial quote inside a clause another verb reports, words between two
 * apostrophes, a second attribution after "and" or ", adding that", the
 * source of "according to" in mid-sentence, verbs of stated position,
 * relative and set-off subjects, dots that end no sentence, and a
 * transcript quoted paragraph by paragraph. */
#include <stdio.h>
#include <stdlib.h>
#include "extract_fixture.h"

static const char *cue(const ex_quote *q)
{
    assert_non_null(q);
    return q->cue ? q->cue : "(none)";
}

/* ---- the outer speaker of a partial quote ---- */

static void test_partial_quote_in_reported_clause(void **state)
{
    (void)state;
    run r;
    /* "state" and "described" sit inside the clause Ruiz and Hart report */
    go(&r, "Governor Ana Ruiz said the ferry's safety state is \"worse than anyone admits.\"");
    const ex_quote *q = quote_over(&r, "worse than anyone admits");
    assert_string_equal(speaker(&r, q), "Ana Ruiz");
    assert_string_equal(cue(q), "said");
    done(&r);
    go(&r, "Tom Hart said at a rally in Leeds that Ben Cole once described the harbour deal as "
           "\"the best in a generation\" to local traders.");
    q = quote_over(&r, "the best in a generation");
    assert_string_equal(speaker(&r, q), "Tom Hart");
    done(&r);
    /* a clause boundary ends the search: the nearer verb's subject speaks */
    go(&r, "After Tom Hart spoke to the council, Ben Cole called the plan \"a farce from start to finish.\"");
    assert_string_equal(speaker(&r, quote_over(&r, "a farce from start")), "Ben Cole");
    done(&r);
    /* "so-called" is no speech verb */
    go(&r, "Ben Cole said the so-called harbour levy was \"a tax by another name.\"");
    assert_string_equal(speaker(&r, quote_over(&r, "a tax by another name")), "Ben Cole");
    done(&r);
}

static void test_coordinated_and_time_subjects(void **state)
{
    (void)state;
    run r;
    /* "and said": the first verb's subject, not the clause's */
    go(&r, "Ana Ruiz praised the crew and said the new captain can \"steer us through any storm.\"");
    const ex_quote *q = quote_over(&r, "steer us through");
    assert_string_equal(speaker(&r, q), "Ana Ruiz");
    assert_string_equal(speaker_span(&r, q), "Ana Ruiz");
    done(&r);
    /* a time after the verb is no subject */
    go(&r, "Tom Hart arrived late. Ben Cole was quick to welcome him and said this week that the "
           "harbour is \"open for business again.\"");
    q = quote_over(&r, "open for business");
    assert_string_equal(speaker(&r, q), "Ben Cole");
    done(&r);
}

static void test_stated_position_partial_quote(void **state)
{
    (void)state;
    run r;
    /* a verb of stated position tags a partial quote; the one described
     * is part of what is reported */
    go(&r, "In a statement, Mayor Ana Ruiz condemned the closure as \"reckless and unlawful\" on Friday.");
    const ex_quote *q = quote_over(&r, "reckless and unlawful");
    assert_string_equal(speaker(&r, q), "Ana Ruiz");
    assert_true(strncmp(span(&r, q->start, q->end), "the closure as", 14) == 0);
    done(&r);
    /* "and blamed" after "after she …": the subject of that clause, not
     * the sentence's */
    go(&r, "Ben Cole described Ana Ruiz as a \"liability\" after she attacked the harbour board and "
           "blamed the delays on \"years of neglect.\"");
    q = quote_over(&r, "years of neglect");
    assert_string_equal(speaker(&r, q), "Ana Ruiz");
    assert_string_equal(speaker_span(&r, q), "she");
    done(&r);
    /* "tweeted … saying that": the one who tweeted */
    go(&r, "Ben Cole sent a string of posts on Friday saying that Ana Ruiz had shown \"no judgment at all.\"");
    assert_string_equal(speaker(&r, quote_over(&r, "no judgment at all")), "Ben Cole");
    done(&r);
    /* "called on X to …", "called for …" */
    go(&r, "Ana Ruiz called on the council to reopen the ferry terminal before the winter.");
    assert_non_null(quote_is(&r, QUOTE_INDIRECT, "the council to reopen the ferry terminal before the winter"));
    done(&r);
}

/* ---- ''…'' ---- */

static void test_two_apostrophes(void **state)
{
    (void)state;
    run r;
    /* old newspaper copy's marks: the words and the speaker are kept, as
     * reported speech, never shown in quote marks */
    go(&r, "''The harbour will reopen in June,'' said Ana Ruiz, the port director.");
    const ex_quote *q = quote_is(&r, QUOTE_INDIRECT, "The harbour will reopen in June,");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "Ana Ruiz");
    assert_int_equal(r.ex.n_quotes, 1);
    done(&r);
    /* a lone apostrophe is still a possessive or an elision */
    go(&r, "The pilots' union said the boats weren't safe.");
    assert_non_null(quote_is(&r, QUOTE_INDIRECT, "the boats weren't safe"));
    done(&r);
}

/* ---- second attributions ---- */

static void test_second_attribution_same_speaker(void **state)
{
    (void)state;
    run r;
    go(&r, "Ana Ruiz said the ferry would run all winter and added that fares would not rise.");
    const ex_quote *a = quote_is(&r, QUOTE_INDIRECT, "the ferry would run all winter");
    const ex_quote *b = quote_is(&r, QUOTE_INDIRECT, "fares would not rise");
    assert_string_equal(speaker(&r, a), "Ana Ruiz");
    assert_string_equal(speaker(&r, b), "Ana Ruiz");
    done(&r);
    go(&r, "Tom Hart said the pier was unsafe, arguing that the council had ignored every warning.");
    a = quote_is(&r, QUOTE_INDIRECT, "the pier was unsafe");
    b = quote_is(&r, QUOTE_INDIRECT, "the council had ignored every warning");
    assert_string_equal(speaker(&r, a), "Tom Hart");
    assert_string_equal(speaker(&r, b), "Tom Hart");
    done(&r);
    /* a participle after a verb of no speech: what it says is reported */
    go(&r, "Tom Hart defended the new timetable on Monday, saying the crews had asked for it.");
    b = quote_is(&r, QUOTE_INDIRECT, "the crews had asked for it");
    assert_string_equal(speaker(&r, b), "Tom Hart");
    done(&r);
    /* "— and she noted …", "and the council said …": a new clause */
    go(&r, "Ana Ruiz said the repairs would take a month and the council said the cost was too high.");
    a = quote_is(&r, QUOTE_INDIRECT, "the repairs would take a month");
    b = quote_is(&r, QUOTE_INDIRECT, "the cost was too high");
    assert_string_equal(speaker(&r, a), "Ana Ruiz");
    assert_non_null(b);
    done(&r);
}

static void test_interposed_and_final_tags(void **state)
{
    (void)state;
    run r;
    /* a tag after one word; a noun that is also a speech verb */
    go(&r, "Overall, she said, the ferry crews are finding the new timetable impossible to keep.");
    assert_non_null(quote_over(&r, "the ferry crews are finding"));
    done(&r);
    go(&r, "In all, four ferries missed their crossing and two were laid up, the harbour report said.");
    const ex_quote *q = quote_over(&r, "four ferries missed their crossing");
    assert_non_null(q);
    assert_string_equal(speaker_span(&r, q), "the harbour report");
    done(&r);
    /* a quoted title, then a new clause that reports its own words: the
     * title is no one's quotation */
    go(&r, "The board dropped \"Harbour Lights,\" and on Monday, Ana Ruiz said the ferry would run.");
    assert_null(quote_over(&r, "Harbour Lights"));
    assert_string_equal(speaker(&r, quote_is(&r, QUOTE_INDIRECT, "the ferry would run")), "Ana Ruiz");
    done(&r);
}

/* ---- "according to" anywhere ---- */

static void test_according_to_mid_sentence(void **state)
{
    (void)state;
    run r;
    /* the source interrupts the sentence: the whole sentence is reported */
    go(&r, "Shortly after ten, according to a harbour log, the last ferry left the pier without lights.");
    const ex_quote *q = quote_over(&r, "the last ferry left the pier");
    assert_non_null(q);
    assert_int_equal(q->kind, QUOTE_INDIRECT);
    assert_true(strstr(span(&r, q->start, q->end), "Shortly after ten") != NULL);
    assert_string_equal(speaker_span(&r, q), "a harbour log");
    done(&r);
    /* a poll opening the sentence */
    go(&r, "In a harbour board survey released on Monday, most pilots backed the new timetable.");
    q = quote_is(&r, QUOTE_INDIRECT, "most pilots backed the new timetable");
    assert_non_null(q);
    assert_string_equal(speaker_span(&r, q), "a harbour board survey released on Monday");
    done(&r);
    /* after a quotation's tag the source vouches for the quotation, and
     * "Ana Ruiz said" is no one's words */
    go(&r, "''It was a tough decision,'' Ana Ruiz said, according to Ben Cole.");
    assert_null(quote_over(&r, "Ana Ruiz said"));
    assert_string_equal(speaker(&r, quote(&r, "It was a tough decision")), "Ana Ruiz");
    done(&r);
    /* without a comma before it */
    go(&r, "The ferry company lost four million pounds last year according to its annual report.");
    q = quote_is(&r, QUOTE_INDIRECT, "The ferry company lost four million pounds last year");
    assert_non_null(q);
    done(&r);
}

/* ---- verbs of stated position ---- */

static void test_stated_position(void **state)
{
    (void)state;
    run r;
    /* a passive verb with a phrase after it reports nothing; "have long
     * said" has its subject before "long" */
    go(&r, "No date, place or format has been announced for a meeting of the ferry board.");
    assert_null(quote_over(&r, "for a meeting of the ferry board"));
    done(&r);
    go(&r, "Harbour officials have long said they would not close the pier in winter.");
    assert_string_equal(speaker_span(&r, quote_is(&r, QUOTE_INDIRECT, "they would not close the pier in winter")),
                        "Harbour officials");
    done(&r);
    go(&r, "Ana Ruiz rejected claims that the ferry had been sold in secret.");
    assert_non_null(quote_over(&r, "the ferry had been sold in secret"));
    done(&r);
    go(&r, "Tom Hart defended the decision to close the harbour for a week.");
    assert_non_null(quote_over(&r, "the decision to close the harbour"));
    done(&r);
    /* nouns are no verbs: "state", "attacks", "declines" */
    go(&r, "Ana Ruiz won her home state easily, and the state party backed the ferry plan.");
    assert_int_equal(r.ex.n_quotes, 0);
    done(&r);
    go(&r, "The attacks raised fears among traders along the coast.");
    assert_null(quote_over(&r, "fears among traders"));
    done(&r);
    go(&r, "Sharp declines followed in every port along the coast.");
    assert_null(quote_over(&r, "in every port"));
    done(&r);
    /* after an article, a noun: "no doubt", "no question";
     * but "a signal that …" introduces what it reports */
    go(&r, "The harbour board will no doubt raise fees again next spring.");
    assert_int_equal(r.ex.n_quotes, 0);
    done(&r);
    go(&r, "There is no question the ferry will be late again this winter.");
    assert_int_equal(r.ex.n_quotes, 0);
    done(&r);
    /* a bare noun subject opens the clause; a relative word does not */
    go(&r, "Ana Ruiz runs the harbour cafe. She said business had doubled.");
    assert_string_equal(speaker(&r, quote_is(&r, QUOTE_INDIRECT, "business had doubled")), "Ana Ruiz");
    done(&r);
    go(&r, "Tom Hart said the levy, which was cut, would rise again.");
    assert_null(quote_is(&r, QUOTE_INDIRECT, "which was cut, would rise again"));
    done(&r);
    /* "… and promised the powers would …": the clause's own subject, no
     * one told; a partial quote in a relative clause ends at its comma */
    go(&r, "Tom Hart said prosecutions were the first choice and promised the powers would be used in \"serious\" cases.");
    assert_non_null(quote_is(&r, QUOTE_INDIRECT, "prosecutions were the first choice"));
    done(&r);
    go(&r, "Tom Hart, who has described the levy as a \"scar\" on the town, has said the harbour would reopen in May.");
    const ex_quote *rc = quote_is(&r, QUOTE_INDIRECT, "the harbour would reopen in May");
    assert_non_null(rc);
    assert_string_equal(speaker(&r, rc), "Tom Hart");
    done(&r);
    /* stated positions in a phrase: "made it clear", "is confident" */
    go(&r, "Ana Ruiz made it clear she was determined to rebuild the pier. Tom Hart is confident the ferry "
           "will run by May. The plan was clear to everyone.");
    assert_string_equal(speaker(&r, quote_is(&r, QUOTE_INDIRECT, "she was determined to rebuild the pier")), "Ana Ruiz");
    assert_string_equal(speaker(&r, quote_is(&r, QUOTE_INDIRECT, "the ferry will run by May")), "Tom Hart");
    assert_int_equal(r.ex.n_quotes, 2);
    done(&r);
    go(&r, "Tom Hart reassured traders that the pier would reopen.");
    assert_string_equal(speaker(&r, quote_is(&r, QUOTE_INDIRECT, "the pier would reopen")), "Tom Hart");
    done(&r);
    /* "It said" after a sentence about a body: reported, no person */
    go(&r, "The harbour committee met on Monday. It said the budget was not properly addressed.");
    const ex_quote *it = quote_is(&r, QUOTE_INDIRECT, "the budget was not properly addressed");
    assert_non_null(it);
    assert_string_equal(speaker_span(&r, it), "It");
    assert_string_equal(speaker(&r, it), "(none)");
    done(&r);
    /* "continue to" reports only with a speech verb after it */
    go(&r, "Ana Ruiz continues to lead the polls in every coastal town.");
    assert_int_equal(r.ex.n_quotes, 0);
    done(&r);
    go(&r, "Tom Hart continued to insist, most recently in a radio interview on Friday, that the "
           "ferry was safe.");
    assert_string_equal(speaker(&r, quote_is(&r, QUOTE_INDIRECT, "the ferry was safe")), "Tom Hart");
    done(&r);
    go(&r, "The board sent a signal that the ferry would run all winter.");
    assert_non_null(quote_over(&r, "the ferry would run all winter"));
    done(&r);
}

/* ---- who speaks in relative and set-off phrases ---- */

static void test_relative_and_set_off_subjects(void **state)
{
    (void)state;
    run r;
    go(&r, "The inquiry was led by Dana Kowal, who said the harbour master had ignored the gale warning.");
    const ex_quote *q = quote_is(&r, QUOTE_INDIRECT, "the harbour master had ignored the gale warning");
    assert_string_equal(speaker(&r, q), "Dana Kowal");
    done(&r);
    /* a party and state set off by commas: the name before them speaks,
     * and the dot after the abbreviation ends no sentence */
    go(&r, "\"The vote will pass,\" Senator Mitch Harlan, R-Ky., said on Tuesday.");
    q = quote(&r, "The vote will pass");
    assert_string_equal(speaker(&r, q), "Mitch Harlan");
    done(&r);
    /* an inverted verb with an object is no tag */
    go(&r, "The ferry left at noon, recalled the captain.");
    q = quote_over(&r, "The ferry left at noon");
    assert_string_equal(speaker_span(&r, q), "the captain");
    done(&r);
    go(&r, "Tom Hart and Ben Cole met on the pier, recalled the meeting.");
    assert_null(quote_over(&r, "met on the pier"));
    done(&r);
}

static void test_lower_case_title_word_ends_sentence(void **state)
{
    (void)state;
    run r;
    /* "aide." ends its sentence: the next one's subject is Ben Cole's */
    go(&r, "Ana Ruiz will visit Leeds on Sunday, according to a campaign aide. Ben Cole, her rival, "
           "toured the docks and said he thought the port was \"in very deep trouble\" this year.");
    assert_string_equal(speaker(&r, quote_over(&r, "in very deep trouble")), "Ben Cole");
    done(&r);
}

/* ---- tags that must not hand the words to the last speaker ---- */

static void test_tags_after_quotes(void **state)
{
    (void)state;
    run r;
    /* a surname that is also a place elsewhere names a speaker after
     * "said"; a place and a party before a title and name qualify it */
    go(&r, "Ana Ruiz opened the session.\n\n"
           "\"We like to break news,\" said Palmer, 34, a reporter from the coast.\n\n"
           "\"This is our secret weapon,\" said South Carolina Democratic Party Chairman Jaime Harrison.\n\n"
           "\"Sometimes we need our fix!\" Harrison said to reporters. The session went on.\n\n"
           "\"The ferry pays zero taxes.\"\n\n- Sanders.\n");
    assert_string_equal(speaker_span(&r, quote(&r, "We like to break news")), "Palmer");
    assert_null(entity(&r, "Palmer", ACTOR_PLACE));
    assert_string_equal(speaker(&r, quote(&r, "This is our secret weapon")), "Jaime Harrison");
    assert_string_equal(speaker(&r, quote(&r, "Sometimes we need our fix!")), "Jaime Harrison");
    const ex_quote *q = quote(&r, "The ferry pays zero taxes.");
    assert_string_equal(speaker_span(&r, q), "Sanders");
    assert_string_equal(speaker(&r, q), "(none)");
    done(&r);
    /* a document speaks: "it read"; a question's tag whose subject opens
     * with a place; a credit line of its own with a place after the name */
    go(&r, "\"The pier is safe,\" Ana Ruiz said.\n\n\"Keep off the pier,\" it read.\n\n"
           "\"Who will pay for it?\" Leeds councillor Ben Cole asked.\n\n"
           "\"The ferry must run.\"\n\n-Dana Kowal, Hull.\n");
    q = quote(&r, "Keep off the pier");
    assert_string_equal(speaker_span(&r, q), "it");
    assert_string_equal(speaker(&r, q), "(none)");
    assert_string_equal(speaker(&r, quote(&r, "Who will pay for it?")), "Ben Cole");
    q = quote(&r, "The ferry must run.");
    assert_string_equal(speaker_span(&r, q), "Dana Kowal");
    done(&r);
    /* a credit that ends the quotation's paragraph, initials and all */
    go(&r, "\u201CThe pier must stay open.\u201D \u2015 Ben Cole\n"
           "\u201CThe ferry is our lifeline.\u201D \u2015 Julie A. Diaz Marquez.\n");
    assert_string_equal(speaker_span(&r, quote(&r, "The ferry is our lifeline.")), "Julie A. Diaz Marquez");
    done(&r);
    /* a partial quote with a tag at the sentence's end: the person the
     * tag names, not the name before its comma nor a cue whose subject
     * is no one */
    go(&r, "The new ferry timetable is \"a real challenge\" for Ben Cole, said Dana Kowal.");
    assert_string_equal(speaker(&r, quote_over(&r, "a real challenge")), "Dana Kowal");
    done(&r);
    /* capitals after "said" are a name's even when one of them is a
     * speech verb's ("State"); the one spoken to before a colon is no
     * speaker; a tag set into a clause leaves the clause whole */
    go(&r, "Ruiz \"drew well from working-class voters\" in 2008, said Leeds State University "
           "professor Dana Kowal.\n\n"
           "Senator Mitch Harlan, R-Ky., delivered a blunt message to Ana Ruiz: \"It is time to stop.\"\n\n"
           "The paradox of the ferry, says Tom Hart, a historian at the museum, is that it was "
           "\"the most loved boat on the coast.\"\n");
    assert_string_equal(speaker(&r, quote_over(&r, "drew well from")), "Dana Kowal");
    assert_string_equal(speaker(&r, quote(&r, "It is time to stop.")), "Mitch Harlan");
    q = quote_over(&r, "the most loved boat");
    assert_string_equal(speaker(&r, q), "Tom Hart");
    assert_true(strncmp(span(&r, q->start, q->end), "The paradox of the ferry", 24) == 0);
    done(&r);
    /* a verb and particle: "shot back", "went on" */
    go(&r, "\"The pier is safe,\" Ana Ruiz said.\n\n\"It is falling apart,\" Ben Cole shot back.\n\n"
           "\"And the council knows it,\" he went on.\n");
    assert_string_equal(speaker(&r, quote(&r, "It is falling apart")), "Ben Cole");
    q = quote(&r, "And the council knows it");
    assert_string_equal(speaker(&r, q), "Ben Cole");
    assert_string_equal(speaker_span(&r, q), "he");
    done(&r);
    /* a tag no rule reads: the mention is kept, the speaker is unknown,
     * never the one before */
    go(&r, "\"The pier is safe,\" Ana Ruiz said.\n\n"
           "\"The pier is not safe,\" said the harbour's night-shift foreman.\n");
    q = quote(&r, "The pier is not safe");
    assert_string_not_equal(speaker(&r, q), "Ana Ruiz");
    assert_true(q->has_speaker_span);
    done(&r);
}

/* ---- a transcript quoted paragraph by paragraph ---- */

static void test_interview_questions_and_answers(void **state)
{
    (void)state;
    run r;
    /* the answers are the one person the introduction names */
    go(&r, "Mayor Ana Ruiz spoke to the Harbour Gazette about the flood wall.\n\n"
           "Q: When will the new wall be finished?\n\n"
           "A: We expect to finish it by next spring.\n\n"
           "Q: Critics say it is too expensive.\n\n"
           "A: Doing nothing would cost far more.");
    const ex_quote *a = quote_over(&r, "We expect to finish it");
    assert_non_null(a);
    assert_int_equal(a->kind, QUOTE_INDIRECT);
    assert_string_equal(speaker(&r, a), "Ana Ruiz");
    assert_string_equal(speaker(&r, quote_over(&r, "Doing nothing would cost")), "Ana Ruiz");
    assert_string_equal(speaker(&r, quote_over(&r, "When will the new wall")), "(none)");
    /* "Critics say" inside a question is no attribution of its own */
    assert_null(quote_is(&r, QUOTE_INDIRECT, "it is too expensive"));
    done(&r);
}

static void test_quoted_transcript(void **state)
{
    (void)state;
    run r;
    go(&r, "Partial transcript as follows:\n\n"
           "\"HOST: Let's start with the ferry. Will it run this winter?\n\n"
           "\"RUIZ: Well, look, the council thinks this is an episode of \xE2\x80\x9CShark Tank.\xE2\x80\x9D "
           "It is not. The ferry will run.\n\n"
           "\"HOST: And the fares?\n\n"
           "\"RUIZ: They stay as they are.\"\n");
    const ex_quote *a = quote(&r, "Let's start with the ferry");
    const ex_quote *b = quote(&r, "Well, look");
    const ex_quote *c = quote(&r, "And the fares?");
    const ex_quote *d = quote(&r, "They stay as they are.");
    assert_string_equal(speaker_span(&r, a), "HOST");
    assert_string_equal(speaker_span(&r, b), "RUIZ");
    assert_string_equal(speaker_span(&r, c), "HOST");
    assert_string_equal(speaker_span(&r, d), "RUIZ");
    /* the curly marks inside stay inside the turn */
    assert_true(strstr(span(&r, b->start, b->end), "The ferry will run.") != NULL);
    assert_int_equal(a->kind, QUOTE_DIRECT);
    done(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_partial_quote_in_reported_clause),
        cmocka_unit_test(test_coordinated_and_time_subjects),
        cmocka_unit_test(test_stated_position_partial_quote),
        cmocka_unit_test(test_two_apostrophes),
        cmocka_unit_test(test_second_attribution_same_speaker),
        cmocka_unit_test(test_interposed_and_final_tags),
        cmocka_unit_test(test_according_to_mid_sentence),
        cmocka_unit_test(test_stated_position),
        cmocka_unit_test(test_relative_and_set_off_subjects),
        cmocka_unit_test(test_lower_case_title_word_ends_sentence),
        cmocka_unit_test(test_tags_after_quotes),
        cmocka_unit_test(test_quoted_transcript),
        cmocka_unit_test(test_interview_questions_and_answers),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
