/* Unit tests for attribution: who said it, on short texts written for the
 * test — pronouns by salience, role nouns for the topic person, abstaining
 * when candidates compete, reopened quotations, label lines, captions and
 * credits, apposition tags, several attributions in one sentence, and a
 * quote's span that leaves its own tag out. */
#include <stdio.h>
#include <stdlib.h>
#include "extract_fixture.h"

static const char *piece(const run *r, const ex_quote *q, size_t i)
{
    assert_non_null(q);
    assert_true(i < q->n_pieces);
    return span(r, q->pieces[i].start, q->pieces[i].end);
}

/* No quote's words include sub. */
static int quoted(const run *r, const char *sub)
{
    const char *p = strstr(r->text, sub);
    assert_non_null(p);
    size_t at = (size_t)(p - r->text);
    for (size_t i = 0; i < r->ex.n_quotes; i++)
        for (size_t k = 0; k < r->ex.quotes[i].n_pieces; k++)
            if (r->ex.quotes[i].pieces[k].start <= at && at < r->ex.quotes[i].pieces[k].end)
                return 1;
    return 0;
}

/* ---- class 1: salience, not recency ---- */

static void test_pronoun_after_list_of_objects(void **state)
{
    (void)state;
    run r;
    /* the last woman named is an object in a list: the subject speaks */
    go(&r, "Anna Berg took gold, beating Maria Lopez and Sofia Rossi in the final. "
           "\"I never thought I would get here,\" she told reporters.");
    const ex_quote *q = quote(&r, "I never thought");
    assert_string_equal(speaker(&r, q), "Anna Berg");
    assert_string_equal(speaker_span(&r, q), "she");
    done(&r);
}

static void test_pronoun_subject_of_previous_clause(void **state)
{
    (void)state;
    run r;
    /* the latest speaker gives way to a new subject; the reopened second
     * piece of Reid's quotation is kept */
    go(&r, "Mr Reid said: \"Ministers have forgotten the taxpayer. \"Spending has only led to more "
           "regulation.\" His party leader, Martin Kowalski, argued a change of course was needed. "
           "\"We will cut taxes in the first year,\" he said.");
    const ex_quote *q = quote(&r, "Ministers have forgotten");
    assert_non_null(q);
    assert_int_equal(q->n_pieces, 2);
    assert_string_equal(piece(&r, q, 1), "Spending has only led to more regulation.");
    assert_string_equal(speaker(&r, quote(&r, "We will cut taxes")), "Martin Kowalski");
    done(&r);
}

static void test_pronoun_tag_after_reported_clause(void **state)
{
    (void)state;
    run r;
    /* "Pell has failed, he claimed": Pell is the reported clause's
     * subject, not the tag's */
    go(&r, "Tom Hart spoke to party members on Monday.\n\n"
           "Pell has failed to tackle these problems, he claimed, saying he had the \"wrong answer\".");
    assert_string_equal(speaker(&r, quote_over(&r, "wrong answer")), "Tom Hart");
    done(&r);
}

static void test_role_noun_for_topic_person(void **state)
{
    (void)state;
    run r;
    go(&r, "Ada Brennan scored twice for the club on Saturday, and her coach Tom Hart watched.\n\n"
           "Brennan has now scored nine goals this season. "
           "\"It was a great day for all of us,\" the 21-year-old said.");
    const ex_quote *q = quote(&r, "It was a great day");
    assert_string_equal(speaker(&r, q), "Ada Brennan");
    assert_string_equal(speaker_span(&r, q), "the 21-year-old");
    done(&r);
    go(&r, "Omar Haddad scored the winner in the last minute.\n\n"
           "\"I just hit it and hoped,\" the striker said.");
    assert_string_equal(speaker(&r, quote(&r, "I just hit it")), "Omar Haddad");
    done(&r);
    /* a demonym for one person is a role noun too */
    go(&r, "Villa boss Unai Emery said his side had been unlucky. "
           "\"We had chances to win it,\" the Spaniard added.");
    assert_string_equal(speaker(&r, quote(&r, "We had chances")), "Unai Emery");
    done(&r);
    /* two roles joined by "and" are one person's */
    go(&r, "Lena Marsh left the show on Tuesday, Marsh said. "
           "The veteran writer and broadcaster said the producers had behaved \"like a child\".");
    assert_string_equal(speaker(&r, quote_over(&r, "like a child")), "Lena Marsh");
    done(&r);
}

static void test_speaker_not_carried_past_new_person(void **state)
{
    (void)state;
    run r;
    /* the untagged quotation follows a sentence about another person */
    go(&r, "\"We will appeal,\" said Tom Hart.\n\n"
           "But Ben Cole rejected the plan at the meeting on Friday.\n\n"
           "\"It is simply too late for an appeal now.\"");
    assert_string_equal(speaker(&r, quote(&r, "It is simply too late")), "Ben Cole");
    done(&r);
}

static void test_inverted_tag_with_own_clause(void **state)
{
    (void)state;
    run r;
    /* a paragraph break lost after the quotation: the clause before
     * "said Ms Deans" is hers, the quotation stays Buckingham's, and the
     * quotation after the clause is hers */
    go(&r, "Fiona Deans, director of the archive, said the copies were lossless.\n\n"
           "\"Access to film is restricted,\" said Pete Buckingham, head of the film council. "
           "\"Although a variety of films is available in London, the choice remains limited,\" "
           "Digital prints cost less than a traditional print, said Ms Deans. "
           "\"It can cost up to £1,500 to make a copy.\"");
    assert_string_equal(speaker(&r, quote_over(&r, "Although a variety")), "Pete Buckingham");
    assert_string_equal(speaker(&r, quote(&r, "It can cost")), "Fiona Deans");
    done(&r);
}

/* ---- class 3: abstain ---- */

static void test_abstain_two_subjects(void **state)
{
    (void)state;
    run r;
    /* two men are subjects of one sentence: "he" has no decisive cue */
    go(&r, "Tom Hart spoke first and Ben Cole replied at length.\n\n"
           "\"We agree on almost nothing,\" he said.");
    const ex_quote *q = quote(&r, "We agree on almost nothing");
    assert_string_equal(speaker(&r, q), "(none)");
    assert_string_equal(speaker_span(&r, q), "he"); /* the mention is kept */
    done(&r);
}

static void test_participle_after_object_phrase(void **state)
{
    (void)state;
    run r;
    /* "claims of broken promises" holds no subject: Blair speaks */
    go(&r, "Tony Blair spoke on Monday.\n\n"
           "Mr Blair on Sunday dismissed claims of broken promises, saying: \"I dealt with this months ago.\"");
    assert_string_equal(speaker(&r, quote(&r, "I dealt with this")), "Tony Blair");
    done(&r);
    /* a negated auxiliary stands between the subject and its verb */
    go(&r, "McConnell spokesman Don Stewart wouldn\u2019t say when the Senate will vote.\n\n"
           "\u201CI don\u2019t have any new announcements yet,\u201D he said.");
    assert_string_equal(speaker(&r, quote(&r, "I don")), "Don Stewart");
    done(&r);
    /* "on Friday" between the subject and its verb is when, not who */
    go(&r, "Mayor Ana Ruiz on Friday declared that the harbour would stay closed.");
    assert_string_equal(speaker(&r, quote_is(&r, QUOTE_INDIRECT, "the harbour would stay closed")), "Ana Ruiz");
    done(&r);
    /* a share of a group is one */
    go(&r, "About four out of 10 voters said life would be worse for their children.");
    assert_string_equal(speaker_span(&r, quote_is(&r, QUOTE_INDIRECT, "life would be worse for their children")),
                        "four out of 10 voters");
    done(&r);
}

static void test_person_of_a_body_speaks(void **state)
{
    (void)state;
    run r;
    /* "X of the RCMP", "X of Vermont", "X of Pictou Landing First Nation":
     * the person speaks, not the body or the place */
    go(&r, "Const. Dwayne Olsen of the RCMP said three cars had gone into the ditch near Truro. "
           "Chief Andrea Paul of Pictou Landing First Nation said the community had lost power. "
           "Senator Ben Cole of Vermont called on the board to act.");
    assert_string_equal(speaker(&r, quote_is(&r, QUOTE_INDIRECT, "three cars had gone into the ditch near Truro")),
                        "Dwayne Olsen");
    assert_string_equal(speaker(&r, quote_is(&r, QUOTE_INDIRECT, "the community had lost power")), "Andrea Paul");
    assert_string_equal(speaker(&r, quote_over(&r, "the board to act")), "Ben Cole");
    done(&r);
    /* "told reporters in Halifax …": where they were told is no content */
    go(&r, "Premier Tim Houston told reporters in Halifax the province would open warming centres. "
           "Dame Meg Hillier told Times Radio she was worried.");
    assert_non_null(quote_is(&r, QUOTE_INDIRECT, "the province would open warming centres"));
    assert_non_null(quote_is(&r, QUOTE_INDIRECT, "she was worried"));
    done(&r);
}

static void test_kin_and_untagged_quotation(void **state)
{
    (void)state;
    run r;
    /* "his wife, Jane," names a woman: "He said" after it is not hers */
    go(&r, "Some of Tom Hart's advisers, including his wife, Jane, were at the meeting. "
           "He said that there was no discussion of the budget.");
    assert_string_not_equal(speaker(&r, quote_is(&r, QUOTE_INDIRECT, "there was no discussion of the budget")),
                            "Jane");
    done(&r);
    /* two people subjects of the last two sentences: an untagged
     * quotation after them has no decisive speaker */
    go(&r, "Maria Okonkwo left Lagos at 19. Her brother, Emeka, stayed behind.\n\n"
           "\"I remember the morning I left.\"");
    assert_string_equal(speaker(&r, quote(&r, "I remember the morning")), "(none)");
    done(&r);
}

static void test_unnamed_spokeswoman_blocks_named_woman(void **state)
{
    (void)state;
    run r;
    /* "she" is the spokeswoman, whom no name stands for: not Ana Ruiz */
    go(&r, "Councillor Ana Ruiz met the board on Monday.\n\n"
           "A council spokeswoman said Ruiz would stay on as chair. She said the budget was still to be agreed.");
    const ex_quote *q = quote_is(&r, QUOTE_INDIRECT, "the budget was still to be agreed");
    assert_string_equal(speaker(&r, q), "(none)");
    assert_string_equal(speaker_span(&r, q), "She");
    done(&r);
    /* nor is the next quotation the previous paragraph's speaker's */
    go(&r, "BBC Two controller Tom Hart: \"It is a fine plan for the show.\"\n\n"
           "A BBC spokeswoman said Ann Lee would stay on as producer. She said the slot was still to be "
           "decided. The show will air on Sundays. \"Hopefully the audience will find it.\"");
    assert_string_equal(speaker(&r, quote(&r, "Hopefully the audience")), "(none)");
    done(&r);
}

static void test_unknown_name_blocks_older_candidate(void **state)
{
    (void)state;
    run r;
    /* "Zorblax" is in no list: "she" must not fall back to Maria Lopez */
    go(&r, "Maria Lopez joined the board last year.\n\n"
           "Zorblax said the vote was unfair. \"This is not over,\" she said.");
    assert_string_equal(speaker(&r, quote(&r, "This is not over")), "(none)");
    done(&r);
}

static void test_gender_from_text(void **state)
{
    (void)state;
    run r;
    /* an unknown given name is unknown, not male; "her" after the name
     * makes Zorblax Quint a woman, so "he" is not her */
    go(&r, "Zorblax Quint said her shop would open on Monday beside Tom Hart's.\n\n"
           "\"We start today,\" he said.");
    assert_string_not_equal(speaker(&r, quote(&r, "We start today")), "Zorblax Quint");
    done(&r);
    go(&r, "Zorblax Quint said the shop would open on Monday, and Tom Hart agreed.\n\n"
           "\"We start today,\" she said.");
    assert_string_equal(speaker(&r, quote(&r, "We start today")), "Zorblax Quint");
    done(&r);
}

/* ---- class 4: reopened quotations ---- */

static void test_reopened_quotation(void **state)
{
    (void)state;
    run r;
    go(&r, "\"The result was fair,\" said Ben Cole. \"We played well in the first half. "
           "\"After the break we lost our shape.\" The club meets again on Friday.");
    /* one quotation: its tag splits it, a reopening mark starts a piece */
    const ex_quote *q = quote(&r, "The result was fair");
    assert_non_null(q);
    assert_int_equal(q->n_pieces, 3);
    assert_string_equal(piece(&r, q, 1), "We played well in the first half.");
    assert_string_equal(piece(&r, q, 2), "After the break we lost our shape.");
    assert_string_equal(speaker(&r, q), "Ben Cole");
    assert_false(quoted(&r, "The club meets"));
    done(&r);
}

/* ---- classes 5 and 6: label lines, captions, credits ---- */

static void test_label_lines(void **state)
{
    (void)state;
    run r;
    go(&r, "The council voted on Monday to close the library.\n\n"
           "READ MORE: Council votes to close the old library after long debate\n\n"
           "WATCH: \"We will fight this all the way,\" says the union");
    assert_null(quote(&r, "Council votes to close"));
    const ex_quote *q = quote(&r, "We will fight this");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "(none)");
    done(&r);
    /* capitals that name a person the article introduced still speak */
    go(&r, "Ben Cole debated Tom Hart on Tuesday.\n\n"
           "COLE: We will cut taxes for every family in the country.");
    assert_string_equal(speaker(&r, quote(&r, "We will cut taxes")), "Ben Cole");
    done(&r);
}

static void test_caption_and_credit_names_never_speak(void **state)
{
    (void)state;
    run r;
    go(&r, "Photo: Jane Roe / Harbour Gazette\n\n"
           "\"We are ready for the storm,\" she said.\n\n"
           "With files from Sam Ortiz");
    const ex_quote *q = quote(&r, "We are ready");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "(none)");
    done(&r);
    go(&r, "The harbour was closed on Monday. (Photo by Jane Roe/Harbour Gazette)\n\n"
           "\"Nobody goes out in this,\" she said.");
    assert_string_equal(speaker(&r, quote(&r, "Nobody goes out")), "(none)");
    done(&r);
}

/* ---- class 7: apposition and descriptor tags ---- */

static void test_apposition_tags(void **state)
{
    (void)state;
    run r;
    go(&r, "The mayor, Jane Doe, said the council would rebuild the bridge by spring.");
    const ex_quote *q = quote_is(&r, QUOTE_INDIRECT, "the council would rebuild the bridge by spring");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "Jane Doe");
    done(&r);
    go(&r, "\"It is a fine plan,\" said Tom Hart.\n\n"
           "\"We had no warning,\" says Leeds cartoonist Omar Haddad.\n\n"
           "\"It was a long night,\" said steelworker Dana Kowal.");
    assert_string_equal(speaker(&r, quote(&r, "We had no warning")), "Omar Haddad");
    assert_string_equal(speaker(&r, quote(&r, "It was a long night")), "Dana Kowal");
    done(&r);
    /* ages and relative clauses between the name and its verb */
    go(&r, "Ben Cole, 79, who spent the week in Leeds, said the debt could never be repaid.");
    q = quote_is(&r, QUOTE_INDIRECT, "the debt could never be repaid");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "Ben Cole");
    done(&r);
    go(&r, "Ben Cole, who as a young man taught in Leeds, York and Hull, "
           "said the building would close in June.");
    q = quote_is(&r, QUOTE_INDIRECT, "the building would close in June");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "Ben Cole");
    done(&r);
    /* a description with "of" speaks for itself */
    go(&r, "A close associate of Ben Cole told the court that the charges were \"false\".");
    assert_string_not_equal(speaker(&r, quote_over(&r, "false")), "Ben Cole");
    done(&r);
}

/* ---- class 10: several attributions in one sentence ---- */

static void test_several_attributions(void **state)
{
    (void)state;
    run r;
    go(&r, "Tom Hart said taxes would rise next year, while Ben Cole said they would fall by spring.");
    const ex_quote *a = quote_is(&r, QUOTE_INDIRECT, "taxes would rise next year");
    const ex_quote *b = quote_is(&r, QUOTE_INDIRECT, "they would fall by spring");
    assert_string_equal(speaker(&r, a), "Tom Hart");
    assert_string_equal(speaker(&r, b), "Ben Cole");
    done(&r);
    /* reported speech beside a quotation */
    go(&r, "\"We won the toss,\" Ben Cole said, adding that the team had trained all week.");
    assert_string_equal(speaker(&r, quote(&r, "We won the toss")), "Ben Cole");
    a = quote_is(&r, QUOTE_INDIRECT, "the team had trained all week");
    assert_string_equal(speaker(&r, a), "Ben Cole");
    done(&r);
}

/* ---- a quote never swallows its own tag ---- */

static void test_tag_not_swallowed(void **state)
{
    (void)state;
    run r;
    go(&r, "\xE2\x80\x9CThe location is still being discussed, this official said, but it will be "
           "somewhere in the north.\xE2\x80\x9D");
    const ex_quote *q = quote(&r, "The location");
    assert_non_null(q);
    assert_int_equal(q->n_pieces, 2);
    assert_string_equal(piece(&r, q, 0), "The location is still being discussed");
    assert_string_equal(piece(&r, q, 1), "but it will be somewhere in the north.");
    assert_string_equal(speaker_span(&r, q), "this official");
    assert_false(quoted(&r, "this official said"));
    done(&r);
    go(&r, "The mayor said \"we will rebuild the bridge\" on Monday.");
    q = quote(&r, "we will rebuild");
    assert_non_null(q);
    assert_string_equal(span(&r, q->start, q->end), "we will rebuild the bridge");
    done(&r);
}

static void test_according_to_any_source(void **state)
{
    (void)state;
    run r;
    /* a source that is no person still marks the clause as reported */
    go(&r, "The harbour board paid the contractor twice for the same repairs, according to county records.");
    const ex_quote *q = quote_is(&r, QUOTE_INDIRECT, "The harbour board paid the contractor twice for the same repairs");
    assert_non_null(q);
    assert_string_equal(speaker_span(&r, q), "county records");
    done(&r);
    go(&r, "But according to two people briefed on the talks, the union will accept the offer on Monday.");
    q = quote_is(&r, QUOTE_INDIRECT, "the union will accept the offer on Monday");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "(none)");
    done(&r);
    /* a statement's maker is the source */
    go(&r, "According to a statement from the Department of Homeland Security, crossings fell in January.");
    q = quote_is(&r, QUOTE_INDIRECT, "crossings fell in January");
    assert_non_null(q);
    assert_string_equal(speaker_span(&r, q), "Department of Homeland Security");
    done(&r);
}

static void test_bare_comma_second_attribution(void **state)
{
    (void)state;
    run r;
    go(&r, "When the host asked Ada Brennan about the vote, her aide said the count was not over yet.");
    const ex_quote *q = quote_is(&r, QUOTE_INDIRECT, "the count was not over yet");
    assert_non_null(q);
    done(&r);
    go(&r, "Four in ten voters said the bridge should close, while nine in ten said they wanted a new ferry.");
    assert_non_null(quote_is(&r, QUOTE_INDIRECT, "the bridge should close"));
    assert_non_null(quote_is(&r, QUOTE_INDIRECT, "they wanted a new ferry"));
    done(&r);
    /* a denial is no second report */
    go(&r, "The court told the town to rebuild the pier, but the ministry has not said if it will pay.");
    assert_null(quote_is(&r, QUOTE_INDIRECT, "the ministry has not said if it will pay"));
    assert_null(quote_is(&r, QUOTE_INDIRECT, "it will pay"));
    done(&r);
}

static void test_speech_verb_without_plain_subject(void **state)
{
    (void)state;
    run r;
    go(&r, "Tom Hart, a ferry pilot who has crossed the strait for thirty years, said he had never "
           "seen the harbour so empty.");
    const ex_quote *q = quote_is(&r, QUOTE_INDIRECT, "he had never seen the harbour so empty");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "Tom Hart");
    done(&r);
    go(&r, "Two in three said they would stay at home on polling day.");
    q = quote_is(&r, QUOTE_INDIRECT, "they would stay at home on polling day");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "(none)");
    done(&r);
    go(&r, "Two in three said the ferry company had ignored every warning.");
    assert_non_null(quote_is(&r, QUOTE_INDIRECT, "the ferry company had ignored every warning"));
    done(&r);
    go(&r, "The poll closed with most of the crew saying they would strike again in June.");
    q = quote_is(&r, QUOTE_INDIRECT, "they would strike again in June");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "(none)");
    done(&r);
    /* an object is no reported clause */
    go(&r, "The figures came from the Harbour Gazette, which first reported the closure of the ferry line.");
    assert_null(quote_is(&r, QUOTE_INDIRECT, "the closure of the ferry line"));
    done(&r);
}

static void test_asked_whether(void **state)
{
    (void)state;
    run r;
    go(&r, "Tom Hart asked the minister whether the ferry would run through the winter.");
    const ex_quote *q = quote_is(&r, QUOTE_INDIRECT, "whether the ferry would run through the winter");
    assert_non_null(q);
    assert_string_equal(speaker(&r, q), "Tom Hart");
    done(&r);
}

/* ---- descriptions that only the story can resolve ---- */

static void test_description_not_guessed(void **state)
{
    (void)state;
    run r;
    /* a role word binds to the name it modifies, never across a verb; a
     * description with a place in it is no salient person's */
    go(&r, "Tom Hart said at a rally in Leeds that Ana Ruiz once praised the pier. Ruiz now says she "
           "opposes the plan.\n\n"
           "The Leeds businessman says of Ruiz, \"If she gets the chance, she will sell the harbour.\"\n\n"
           "The Yorkshire councillor said the council was \"blind to the costs.\"\n");
    const ex_quote *q = quote(&r, "If she gets the chance");
    assert_string_not_equal(speaker(&r, q), "Ana Ruiz");
    assert_string_equal(speaker_span(&r, q), "The Leeds businessman");
    q = quote_over(&r, "blind to the costs");
    assert_string_equal(speaker(&r, q), "(none)");
    done(&r);
    /* the name after a verb that follows a word opens the reported
     * clause; a relative clause's verb is not the sentence subject's */
    go(&r, "Dean Cole, a 55-year-old salesman from Sumter, South Carolina, says Ruiz will \"leave here "
           "with momentum.\"\n\nAna Ruiz spoke later.\n");
    q = quote_over(&r, "leave here with momentum");
    assert_string_equal(speaker(&r, q), "Dean Cole");
    done(&r);
    go(&r, "The bill was later backed by Tom Hart, which prompted his rival Ana Ruiz to make a comment "
           "that bluntly described the harbour as \"a sinking ship.\"\n");
    q = quote_over(&r, "a sinking ship");
    assert_string_not_equal(speaker(&r, q), "Tom Hart");
    done(&r);
    /* a party and state in brackets end no sentence; a place in a title
     * keeps its name the subject; "a Ruiz supporter" is no subject */
    go(&r, "Ana Ruiz spoke first.\n\nSpeaking later, Sen. Dana Kowal (D-Mo.), who has endorsed Ruiz, said "
           "Ruiz had become a \"stronger\" candidate.\n\n"
           "Former Yorkshire governor Ben Cole (D), a Ruiz supporter, praised her, calling it \"an "
           "incredible feat\" of politics.\n");
    assert_string_equal(speaker(&r, quote_over(&r, "stronger")), "Dana Kowal");
    assert_string_equal(speaker(&r, quote_over(&r, "incredible feat")), "Ben Cole");
    done(&r);
    /* "kept asking": the subject of "kept"; "the Leeds senator" is not
     * the last one called senator */
    go(&r, "Yorkshire Sen. Ana Ruiz spoke on Monday.\n\n"
           "It recalled 2013, when Ruiz first testified, and Sen. Tom Hart kept asking her why the "
           "board had blamed \"bad weather\" for the loss.\n\n"
           "The Leeds senator told reporters he felt good, and \"we will see what it brings.\"\n");
    assert_string_equal(speaker(&r, quote_over(&r, "bad weather")), "Tom Hart");
    assert_string_not_equal(speaker(&r, quote_over(&r, "we will see what it brings")), "Ana Ruiz");
    done(&r);
    /* a name after "for" inside the description is its object */
    go(&r, "Dana Kowal, a professor at Leeds who once worked for Sen. Tom Hart (D-Yorks.), one of the "
           "plan's architects, called it \"a very big step.\"\n");
    assert_string_equal(speaker(&r, quote_over(&r, "a very big step")), "Dana Kowal");
    done(&r);
    /* the name that heads the phrase speaks, not the one that qualifies it */
    go(&r, "Ana Ruiz spoke in Leeds on Monday.\n\nRuiz campaign manager Dana Kowal told a radio show "
           "that the campaign expects Ben Cole to take part by calling out Tom Hart for his supposed "
           "\"lies\" at the debate.\n");
    assert_string_equal(speaker(&r, quote_over(&r, "lies")), "Dana Kowal");
    done(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pronoun_after_list_of_objects),
        cmocka_unit_test(test_according_to_any_source),
        cmocka_unit_test(test_asked_whether),
        cmocka_unit_test(test_bare_comma_second_attribution),
        cmocka_unit_test(test_speech_verb_without_plain_subject),
        cmocka_unit_test(test_pronoun_subject_of_previous_clause),
        cmocka_unit_test(test_pronoun_tag_after_reported_clause),
        cmocka_unit_test(test_role_noun_for_topic_person),
        cmocka_unit_test(test_speaker_not_carried_past_new_person),
        cmocka_unit_test(test_inverted_tag_with_own_clause),
        cmocka_unit_test(test_abstain_two_subjects),
        cmocka_unit_test(test_unknown_name_blocks_older_candidate),
        cmocka_unit_test(test_unnamed_spokeswoman_blocks_named_woman),
        cmocka_unit_test(test_participle_after_object_phrase),
        cmocka_unit_test(test_person_of_a_body_speaks),
        cmocka_unit_test(test_kin_and_untagged_quotation),
        cmocka_unit_test(test_gender_from_text),
        cmocka_unit_test(test_reopened_quotation),
        cmocka_unit_test(test_label_lines),
        cmocka_unit_test(test_caption_and_credit_names_never_speak),
        cmocka_unit_test(test_apposition_tags),
        cmocka_unit_test(test_several_attributions),
        cmocka_unit_test(test_tag_not_swallowed),
        cmocka_unit_test(test_description_not_guessed),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
