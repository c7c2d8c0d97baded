/* Unit tests for extract: each recognition pattern on a short text written
 * for the test — names, places, organisations, quote shapes, speech tags,
 * pronouns, roles, anonymous sources — and hostile inputs. */
#include <stdio.h>
#include <stdlib.h>
#include "extract_fixture.h"

/* ---- speech tags ---- */

static void test_tag_after_inverted(void **state)
{
    (void)state;
    run r;
    go(&r, "\"We will win this fight,\" said Marco Rubio.");
    const ex_quote *q = quote(&r, "We will win this fight,");
    assert_non_null(q);
    assert_int_equal(q->kind, QUOTE_DIRECT);
    assert_string_equal(speaker(&r, q), "Marco Rubio");
    assert_string_equal(q->cue, "said");
    assert_string_equal(speaker_span(&r, q), "Marco Rubio");
    /* marks excluded */
    assert_int_equal(q->start, 1);
    done(&r);
}

static void test_tag_after_plain_curly(void **state)
{
    (void)state;
    run r;
    go(&r, "Russian President Vladimir Putin met the press. \xE2\x80\x9CIt is possible,\xE2\x80\x9D Putin told reporters.");
    const ex_quote *q = quote(&r, "It is possible,");
    assert_string_equal(speaker(&r, q), "Vladimir Putin");
    assert_string_equal(q->cue, "told");
    assert_string_equal(speaker_span(&r, q), "Putin");
    done(&r);
}

static void test_tag_before_comma_and_colon(void **state)
{
    (void)state;
    run r;
    go(&r, "White House press secretary Karoline Leavitt told NBC News: \"The president is open to a meeting.\" "
           "Secretary of State Marco Rubio said, \"A lot has to happen first.\"");
    assert_string_equal(speaker(&r, quote(&r, "The president is open")), "Karoline Leavitt");
    assert_string_equal(quote(&r, "The president is open")->cue, "told");
    assert_string_equal(speaker(&r, quote(&r, "A lot has to happen")), "Marco Rubio");
    assert_non_null(entity(&r, "NBC News", ACTOR_ORG));
    assert_null(entity(&r, "NBC News", ACTOR_PERSON));
    done(&r);
}

static void test_pronoun_after_two_genders(void **state)
{
    (void)state;
    run r;
    go(&r, "Mary Walsh met John Brennan in Dublin on Monday.\n\n"
           "\"The talks went well,\" she said.\n\n"
           "\"We disagree on almost everything,\" he said.");
    const ex_quote *q1 = quote(&r, "The talks went well,");
    assert_string_equal(speaker(&r, q1), "Mary Walsh");
    assert_string_equal(speaker_span(&r, q1), "she");
    assert_string_equal(speaker(&r, quote(&r, "We disagree")), "John Brennan");
    done(&r);
}

static void test_pronoun_prefers_latest_speaker(void **state)
{
    (void)state;
    run r;
    /* "He added" is Rubio's, though Trump and Putin were named since */
    go(&r, "Secretary of State Marco Rubio said, \"A lot has to happen,\" referring to a Trump-Putin meeting. "
           "He added, \"There are many impediments.\"");
    assert_string_equal(speaker(&r, quote(&r, "There are many")), "Marco Rubio");
    done(&r);
}

static void test_role_noun(void **state)
{
    (void)state;
    run r;
    go(&r, "White House press secretary Karoline Leavitt spoke on Friday.\n\n"
           "\"We have nothing to announce,\" the press secretary said.");
    const ex_quote *q = quote(&r, "We have nothing");
    assert_string_equal(speaker(&r, q), "Karoline Leavitt");
    assert_string_equal(speaker_span(&r, q), "the press secretary");
    done(&r);
}

/* The words of q as extract_quote_text joins them. */
static char *words(const run *r, const ex_quote *q)
{
    static char b[512];
    buf w = BUF_INIT;
    extract_quote_text(r->text, strlen(r->text), q, &w);
    snprintf(b, sizeof b, "%s", w.data ? w.data : "");
    buf_free(&w);
    return b;
}

static void test_split_quote(void **state)
{
    (void)state;
    run r;
    go(&r, "Russian President Vladimir Putin spoke on Thursday. \"We are ready,\" Putin said, "
           "\"but the conditions are not met.\"");
    const ex_quote *a = quote(&r, "We are ready,");
    assert_non_null(a);
    /* one quote of two pieces; the tag between them is not quoted */
    assert_int_equal(r.ex.n_quotes, 1);
    assert_int_equal(a->n_pieces, 2);
    assert_string_equal(span(&r, a->pieces[0].start, a->pieces[0].end), "We are ready,");
    assert_string_equal(span(&r, a->pieces[1].start, a->pieces[1].end), "but the conditions are not met.");
    assert_int_equal(a->start, a->pieces[0].start);
    assert_int_equal(a->end, a->pieces[1].end);
    assert_string_equal(words(&r, a), "We are ready, but the conditions are not met.");
    assert_string_equal(speaker(&r, a), "Vladimir Putin");
    assert_string_equal(a->cue, "said");
    /* the pieces survive the store's form */
    buf f = BUF_INIT;
    extract_pieces_format(&f, a);
    ex_span back[4];
    assert_int_equal(extract_pieces_parse(f.data, a->start, a->end, back, 4), 2);
    assert_int_equal(back[1].start, a->pieces[1].start);
    assert_int_equal(back[1].end, a->pieces[1].end);
    buf_free(&f);
    done(&r);
}

static void test_split_quote_tag_sentence(void **state)
{
    (void)state;
    run r;
    /* the tag ends its sentence and the quotation goes on in the next one */
    go(&r, "\"It is not what worked in 2012,\" Senator David Perdue said. \"What works is a plan for "
           "the country.\"\n\n\"We will see,\" Perdue said.");
    const ex_quote *a = quote(&r, "It is not what");
    assert_non_null(a);
    assert_int_equal(a->n_pieces, 2);
    assert_string_equal(words(&r, a), "It is not what worked in 2012, What works is a plan for the country.");
    assert_string_equal(speaker(&r, a), "David Perdue");
    /* a new paragraph's quote stands alone */
    const ex_quote *b = quote(&r, "We will see");
    assert_non_null(b);
    assert_int_equal(b->n_pieces, 1);
    assert_int_equal(r.ex.n_quotes, 2);
    done(&r);
}

static void test_pieces_parse_malformed(void **state)
{
    (void)state;
    ex_span sp[4];
    /* anything but increasing spans within the quote falls back to one piece */
    static const char *const bad[] = {"", "x", "5-3", "1-2,", "1-2;3-4", "0-99", "4-6,2-3", "1-2,3-4,5-6,7-8,9-9"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(extract_pieces_parse(bad[i], 1, 20, sp, 4), 1);
        assert_int_equal(sp[0].start, 1);
        assert_int_equal(sp[0].end, 20);
    }
    assert_int_equal(extract_pieces_parse(NULL, 3, 9, sp, 4), 1);
    assert_int_equal(extract_pieces_parse("2-4,6-9", 2, 9, sp, 4), 2);
    assert_int_equal(sp[1].start, 6);
}

static void test_multi_paragraph_quote(void **state)
{
    (void)state;
    run r;
    go(&r, "Chancellor Angela Merkel said:\n\n"
           "\"The first part of the statement is here.\n\n"
           "\"And the second paragraph ends it.\"\n\nThe meeting ended.");
    const ex_quote *q = quote(&r, "The first part");
    assert_non_null(q);
    /* one quotation over both paragraphs */
    assert_non_null(strstr(span(&r, q->start, q->end), "ends it."));
    /* a piece a paragraph, without the mark that reopens it */
    assert_int_equal(q->n_pieces, 2);
    assert_string_equal(span(&r, q->pieces[1].start, q->pieces[1].end), "And the second paragraph ends it.");
    assert_string_equal(words(&r, q), "The first part of the statement is here.\n\nAnd the second paragraph ends it.");
    assert_string_equal(speaker(&r, q), "Angela Merkel");
    assert_null(quote(&r, "The meeting ended"));
    done(&r);
}

static void test_continuation_quote(void **state)
{
    (void)state;
    run r;
    go(&r, "\"We are ready,\" said Volodymyr Zelenskyy. \"We have wanted peace from the first day.\"\n\n"
           "\"Our soldiers are holding the line.\"\n\n"
           "\"Nothing is decided,\" Donald Trump said.");
    /* an untagged quote after the tag, in the same paragraph, goes on with it */
    const ex_quote *a = quote(&r, "We are ready"), *b = quote(&r, "Our soldiers"), *c = quote(&r, "Nothing is");
    assert_non_null(a);
    assert_int_equal(a->n_pieces, 2);
    assert_null(quote(&r, "We have wanted"));
    /* in the next paragraph it is a quote of its own, by the same speaker,
     * of the same statement */
    assert_string_equal(speaker(&r, b), "Volodymyr Zelenskyy");
    assert_int_equal(b->n_pieces, 1);
    assert_int_equal(b->statement, (int)(a - r.ex.quotes));
    /* a new speaker's quote is a statement of its own */
    assert_int_equal(c->statement, (int)(c - r.ex.quotes));
    done(&r);
}

static void test_unclosed_quote_at_end(void **state)
{
    (void)state;
    run r;
    go(&r, "Mike Pence said, \"This is not over and it will never be");
    const ex_quote *q = quote(&r, "This is not over");
    assert_non_null(q);
    assert_int_equal(q->end, strlen(r.text));
    assert_string_equal(speaker(&r, q), "Mike Pence");
    done(&r);
}

static void test_stray_closing_mark(void **state)
{
    (void)state;
    run r;
    /* '"…" for terrorists".': a mark stuck to a word and followed by a full
     * stop closes, it never opens; the marks after it pair as written */
    go(&r, "Tom Hart said it could be \"a recruiting sergeant\" for terrorists\". His party will move "
           "an amendment. He called on the minister to \"enter into talks\" with his party.");
    assert_non_null(quote_over(&r, "enter into talks"));
    assert_null(quote_over(&r, "His party will move"));
    done(&r);
}

static void test_opening_mark_used_to_close(void **state)
{
    (void)state;
    run r;
    /* web copy types “ where ” belongs: stuck to the word before it and
     * followed by a space, it closes */
    go(&r, "\u201CThis could create real problems for her here,\u201C said Jim Clyburn, a congressman. "
           "Ted Cruz called the group \u201Cabhorrent\u201C in a tweet.");
    const ex_quote *q = quote(&r, "This could create real problems");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "Jim Clyburn");
    assert_string_equal(speaker(&r, quote_over(&r, "abhorrent")), "Ted Cruz");
    done(&r);
}

static void test_anonymous_source(void **state)
{
    (void)state;
    run r;
    go(&r, "Donald Trump will travel next week. \"The location is still being discussed,\" a senior White House "
           "official told NBC News.");
    const ex_quote *q = quote(&r, "The location");
    assert_non_null(q);
    assert_int_equal(q->speaker, -1);
    assert_int_equal(q->has_speaker_span, 1);
    assert_string_equal(speaker_span(&r, q), "a senior White House official");
    done(&r);
}

static void test_organisation_speaker(void **state)
{
    (void)state;
    run r;
    go(&r, "\"We have nothing to add,\" the Kremlin said on Friday.");
    const ex_quote *q = quote(&r, "We have nothing");
    assert_string_equal(speaker(&r, q), "Kremlin");
    assert_int_equal(r.ex.entities[q->speaker].kind, ACTOR_ORG);
    done(&r);
}

static void test_partial_quote(void **state)
{
    (void)state;
    run r;
    go(&r, "Donald Trump described the meeting on Truth Social as \"highly productive\" and claimed "
           "\"great progress was made.\"");
    const ex_quote *a = quote_over(&r, "highly productive");
    const ex_quote *b = quote_over(&r, "great progress");
    assert_non_null(a);
    assert_non_null(b);
    assert_true(a != b);
    assert_int_equal(a->kind, QUOTE_PARTIAL);
    assert_string_equal(speaker(&r, a), "Donald Trump");
    assert_string_equal(speaker(&r, b), "Donald Trump");
    assert_string_equal(b->cue, "claimed");
    done(&r);
}

static void test_according_to(void **state)
{
    (void)state;
    run r;
    go(&r, "Steve Witkoff met Vladimir Putin in Moscow. The meeting lasted roughly three hours, according to "
           "the Kremlin.");
    const ex_quote *q = quote(&r, "The meeting lasted");
    assert_non_null(q);
    assert_int_equal(q->kind, QUOTE_INDIRECT);
    assert_string_equal(speaker(&r, q), "Kremlin");
    done(&r);
}

static void test_indirect_speech(void **state)
{
    (void)state;
    run r;
    go(&r, "Ukrainian President Volodymyr Zelenskyy said Wednesday that Russia was now more inclined to agree "
           "to a ceasefire. Putin told reporters that the conditions were far away.");
    const ex_quote *a = quote(&r, "Russia was now");
    assert_non_null(a);
    assert_int_equal(a->kind, QUOTE_INDIRECT);
    assert_string_equal(speaker(&r, a), "Volodymyr Zelenskyy");
    assert_string_equal(a->cue, "said");
    const ex_quote *b = quote(&r, "the conditions were");
    assert_non_null(b);
    assert_string_equal(b->cue, "told");
    done(&r);
}

static void test_indirect_tag_at_end(void **state)
{
    (void)state;
    run r;
    go(&r, "The campaign had decided to change course before the rally began, a source said.");
    const ex_quote *q = quote(&r, "The campaign had decided");
    assert_non_null(q);
    assert_int_equal(q->kind, QUOTE_INDIRECT);
    assert_int_equal(q->speaker, -1);
    assert_string_equal(speaker_span(&r, q), "a source");
    done(&r);
}

static void test_transcript(void **state)
{
    (void)state;
    run r;
    go(&r, "WALLACE: Governor, will you answer the question?\n\nPENCE: Well, look, this is serious business.\n");
    const ex_quote *q = quote(&r, "Well, look");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "Pence");
    assert_string_equal(speaker_span(&r, q), "PENCE");
    assert_non_null(quote(&r, "Governor, will you"));
    done(&r);
}

static void test_dash_attribution(void **state)
{
    (void)state;
    run r;
    go(&r, "\xE2\x80\x9CHe does not understand our lives.\xE2\x80\x9D \xE2\x80\x95 Sonya Herridge\n"
           "\xE2\x80\x9CHow did we get this low?\xE2\x80\x9D\xC2\xA0\xE2\x80\x95 Jacklyn Ashley\n");
    assert_string_equal(speaker(&r, quote(&r, "He does not")), "Sonya Herridge");
    /* a name of unknown given name still signs its quote, not the one before */
    assert_string_equal(speaker(&r, quote(&r, "How did we")), "Jacklyn Ashley");
    done(&r);
}

static void test_nested_single_quotes(void **state)
{
    (void)state;
    run r;
    go(&r, "Barack Obama said, \"He told me 'no way' and walked out of the room.\"");
    const ex_quote *q = quote(&r, "He told me");
    assert_non_null(q);
    assert_non_null(strstr(span(&r, q->start, q->end), "'no way' and walked"));
    assert_string_equal(speaker(&r, q), "Barack Obama");
    assert_int_equal(r.ex.n_quotes, 1);
    done(&r);
}

static void test_scare_quotes_and_titles(void **state)
{
    (void)state;
    run r;
    go(&r, "The so-called \"experts\" were wrong again. She watched \"The Apprentice\" last night.");
    assert_int_equal(r.ex.n_quotes, 0);
    done(&r);
}

static void test_cue_as_written(void **state)
{
    (void)state;
    run r;
    go(&r, "\"Never again,\" Hillary Clinton insisted.");
    assert_string_equal(quote(&r, "Never again")->cue, "insisted");
    done(&r);
}

static void test_quotes_in_text_order(void **state)
{
    (void)state;
    run r;
    go(&r, "\"One,\" said Joe Biden. Biden said that two came next. \"Three,\" he added.");
    assert_true(r.ex.n_quotes >= 3);
    for (size_t i = 1; i < r.ex.n_quotes; i++)
        assert_true(r.ex.quotes[i - 1].start <= r.ex.quotes[i].start);
    done(&r);
}

/* ---- names ---- */

static void test_people_titles_and_surnames(void **state)
{
    (void)state;
    run r;
    go(&r, "President Donald J. Trump spoke. Trump's envoy, Steve Witkoff, flew in. Mr Witkoff left. "
           "Gov. Mike Pence (R-IN) and Vice President JD Vance waited. Special Envoy Witkoff returned.");
    const ex_entity *t = entity(&r, "Donald J. Trump", ACTOR_PERSON);
    if (!t)
        t = entity(&r, "Donald Trump", ACTOR_PERSON);
    assert_non_null(t);
    assert_int_equal(t->n_mentions, 2); /* "Trump's" links to him */
    const ex_entity *w = entity(&r, "Steve Witkoff", ACTOR_PERSON);
    assert_non_null(w);
    assert_int_equal(w->n_mentions, 3);
    assert_non_null(entity(&r, "Mike Pence", ACTOR_PERSON));
    assert_non_null(entity(&r, "JD Vance", ACTOR_PERSON));
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 4);
    done(&r);
}

static void test_not_people(void **state)
{
    (void)state;
    run r;
    go(&r, "The President spoke on Monday. What happened in March remains unclear. "
           "The White House and the Associated Press disagreed. Moscow said nothing.");
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 0);
    assert_non_null(entity(&r, "Moscow", ACTOR_PLACE));
    assert_non_null(entity(&r, "White House", ACTOR_ORG));
    done(&r);
}

static void test_two_kims(void **state)
{
    (void)state;
    run r;
    go(&r, "Kim Jong-un met Kim Yong-chol in Pyongyang. Kim Yong-chol later flew to New York. "
           "\"We are ready,\" Kim said.");
    const ex_entity *a = entity(&r, "Kim Jong-un", ACTOR_PERSON);
    const ex_entity *b = entity(&r, "Kim Yong-chol", ACTOR_PERSON);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(a->n_mentions, 1);
    assert_int_equal(b->n_mentions, 3); /* the lone "Kim" is the latest Kim */
    assert_non_null(entity(&r, "Pyongyang", ACTOR_PLACE));
    assert_non_null(entity(&r, "New York", ACTOR_PLACE));
    done(&r);
}

static void test_particles_and_hyphens(void **state)
{
    (void)state;
    run r;
    go(&r, "French minister Jean-Yves Le Drian met Ursula von der Leyen in Brussels.");
    assert_non_null(entity(&r, "Jean-Yves Le Drian", ACTOR_PERSON));
    assert_non_null(entity(&r, "Ursula von der Leyen", ACTOR_PERSON));
    done(&r);
}

static void test_places_abbreviations_metonymy_demonyms(void **state)
{
    (void)state;
    run r;
    go(&r, "U.S. sanctions hit Russia. Ukrainian President Volodymyr Zelenskyy visited B.C. and the UK. "
           "Washington and Seoul can offer more.");
    const ex_entity *us = entity(&r, "United States", ACTOR_PLACE);
    assert_non_null(us);
    assert_int_equal(us->mentions[0].start, 0);
    assert_int_equal(us->mentions[0].end, 4);
    assert_non_null(entity(&r, "Russia", ACTOR_PLACE));
    assert_non_null(entity(&r, "British Columbia", ACTOR_PLACE));
    assert_non_null(entity(&r, "United Kingdom", ACTOR_PLACE));
    assert_non_null(entity(&r, "Washington", ACTOR_PLACE));
    assert_non_null(entity(&r, "Seoul", ACTOR_PLACE));
    /* the demonym links the person to Ukraine but is no place mention */
    assert_null(entity(&r, "Ukraine", ACTOR_PLACE));
    assert_non_null(entity(&r, "Volodymyr Zelenskyy", ACTOR_PERSON));
    done(&r);
}

static void test_lowercase_us_is_no_place(void **state)
{
    (void)state;
    run r;
    go(&r, "They could deceive us or the United States.");
    const ex_entity *us = entity(&r, "United States", ACTOR_PLACE);
    assert_non_null(us);
    assert_int_equal(us->n_mentions, 1);
    done(&r);
}

static void test_all_caps_speaker_and_camel_junk(void **state)
{
    (void)state;
    run r;
    go(&r, "WorldRussia-UkraineDonald J. TrumpNews");
    assert_int_equal(count_kind(&r, ACTOR_PERSON), 0);
    done(&r);
}

/* ---- hostile input ---- */

static void test_hostile_inputs(void **state)
{
    (void)state;
    size_t n = 200000;
    char *s = malloc(n + 1);
    assert_non_null(s);
    extraction ex;
    /* 100,000 straight quote marks */
    memset(s, '"', n);
    extract_run(lx, s, n / 2, &ex);
    assert_true(ex.n_quotes <= n);
    extraction_free(&ex);
    /* curly openers only: deep "nesting" */
    for (size_t i = 0; i + 3 <= n; i += 3)
        memcpy(s + i, "\xE2\x80\x9C", 3);
    extract_run(lx, s, n - n % 3, &ex);
    extraction_free(&ex);
    /* invalid UTF-8, NUL bytes, one huge line */
    for (size_t i = 0; i < n; i++)
        s[i] = (char)((i * 7919u) % 256u);
    extract_run(lx, s, n, &ex);
    for (size_t i = 0; i < ex.n_quotes; i++)
        assert_true(ex.quotes[i].start <= ex.quotes[i].end && ex.quotes[i].end <= n);
    for (size_t i = 0; i < ex.n_entities; i++)
        for (size_t j = 0; j < ex.entities[i].n_mentions; j++)
            assert_true(ex.entities[i].mentions[j].end <= n);
    extraction_free(&ex);
    /* a long run of capitalised words and speech verbs */
    for (size_t i = 0; i + 12 <= n; i += 12)
        memcpy(s + i, "Said Smith, ", 12);
    extract_run(lx, s, n - n % 12, &ex);
    extraction_free(&ex);
    /* empty and NULL-free zero-length text */
    extract_run(lx, "", 0, &ex);
    assert_int_equal(ex.n_quotes, 0);
    assert_int_equal(ex.n_entities, 0);
    extraction_free(&ex);
    /* no lexicon at all */
    extract_run(NULL, "\"Yes,\" he said.", 15, &ex);
    extraction_free(&ex);
    free(s);
}

static void test_kind_names(void **state)
{
    (void)state;
    assert_string_equal(actor_kind_name(ACTOR_PERSON), "person");
    assert_string_equal(actor_kind_name(ACTOR_PLACE), "place");
    assert_string_equal(actor_kind_name(ACTOR_ORG), "org");
    assert_string_equal(quote_kind_name(QUOTE_DIRECT), "direct");
    assert_string_equal(quote_kind_name(QUOTE_PARTIAL), "partial");
    assert_string_equal(quote_kind_name(QUOTE_INDIRECT), "indirect");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tag_after_inverted),
        cmocka_unit_test(test_tag_after_plain_curly),
        cmocka_unit_test(test_tag_before_comma_and_colon),
        cmocka_unit_test(test_pronoun_after_two_genders),
        cmocka_unit_test(test_pronoun_prefers_latest_speaker),
        cmocka_unit_test(test_role_noun),
        cmocka_unit_test(test_split_quote),
        cmocka_unit_test(test_split_quote_tag_sentence),
        cmocka_unit_test(test_pieces_parse_malformed),
        cmocka_unit_test(test_multi_paragraph_quote),
        cmocka_unit_test(test_continuation_quote),
        cmocka_unit_test(test_unclosed_quote_at_end),
        cmocka_unit_test(test_stray_closing_mark),
        cmocka_unit_test(test_opening_mark_used_to_close),
        cmocka_unit_test(test_anonymous_source),
        cmocka_unit_test(test_organisation_speaker),
        cmocka_unit_test(test_partial_quote),
        cmocka_unit_test(test_according_to),
        cmocka_unit_test(test_indirect_speech),
        cmocka_unit_test(test_indirect_tag_at_end),
        cmocka_unit_test(test_transcript),
        cmocka_unit_test(test_dash_attribution),
        cmocka_unit_test(test_nested_single_quotes),
        cmocka_unit_test(test_scare_quotes_and_titles),
        cmocka_unit_test(test_cue_as_written),
        cmocka_unit_test(test_quotes_in_text_order),
        cmocka_unit_test(test_people_titles_and_surnames),
        cmocka_unit_test(test_not_people),
        cmocka_unit_test(test_two_kims),
        cmocka_unit_test(test_particles_and_hyphens),
        cmocka_unit_test(test_places_abbreviations_metonymy_demonyms),
        cmocka_unit_test(test_lowercase_us_is_no_place),
        cmocka_unit_test(test_all_caps_speaker_and_camel_junk),
        cmocka_unit_test(test_hostile_inputs),
        cmocka_unit_test(test_kind_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
