/* extract_attrib: who said it.  For each quotation, the speech tag after
 * it ("…," said Rubio / Rubio said / he added), before it (Leavitt said,
 * "…" / told NBC News: "…"), elsewhere in its sentence (partial quotes,
 * which belong to the verb that reports their whole clause), in the colon
 * sentence before it, a transcript turn's label, or the quote it
 * continues.  The tag's subject is resolved to an actor: a name, a pronoun
 * (salience), a role noun bound earlier ("the press secretary"), an
 * organisation; anonymous sources and tags no rule reads keep their span
 * and no actor.  Then indirect speech: "X said (that) …", "…, X said.",
 * "according to X", verbs of stated position, and a second attribution
 * after "and" or ", adding that". */
#include "extract_int.h"
#include <stdlib.h>
#include <string.h>

typedef struct spk {
    int ent;
    int has;
    int t0, t1;
} spk;

static int isw(const exctx *x, int i)
{
    return i >= 0 && (size_t)i < x->nt && x->t[i].type == T_WORD;
}

static uint32_t lxf(const exctx *x, int i)
{
    return isw(x, i) && x->t[i].lx ? x->t[i].lx->flags : 0;
}

static int punct(const exctx *x, int i, char c)
{
    return i >= 0 && (size_t)i < x->nt && x->t[i].type == T_PUNCT && x->t[i].ch == c;
}

static const char *const PREPS[] = {"of", "to", "by", "with", "for", "from", "against", "about", "on",
                                    "in", "at", "over", "under", "than", "like", "including", "between",
                                    "among", "beating", "behind", "beside", "without", "into", "onto",
                                    "toward", "towards", "via", "after", "before", NULL};

static const char *const TIME[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                   "sunday", "today", "yesterday", "tonight", "earlier", "later",
                                   "recently", "last", "this", "week", "night", "morning", "afternoon",
                                   "evening", "privately", "publicly", "repeatedly", "previously",
                                   "again", "also", "often", NULL};

static const char *const TIME_NOUNS[] = {"month", "months", "year", "years", "weeks", "days", "day",
                                         "decade", "decades", NULL};

static int is_ing(const exctx *x, int i);
static int sentence_end_tok(const exctx *x, int s0, int s1);
static int in_set(const exctx *x, int i, const char *const *set);

static int in_set(const exctx *x, int i, const char *const *set);

/* "shot back", "hit back", "went on": a verb and particle that tag a
 * quotation as one speech verb does (the tokenizer marks them: is_verb
 * runs for most tokens, many times) */
static int phrasal_speech(const exctx *x, int i)
{
    return i >= 0 && (size_t)i < x->nt && (x->t[i].flags & TF_PHRASAL);
}

/* Speech verbs' -s forms that are as often plural nouns. */
static const char *const PLURAL_NOUNS[] = {"states", "points", "remarks", "notes", "tweets", "counters",
                                           "signals", "estimates", "questions", "charges", NULL};

static int is_verb(const exctx *x, int i)
{
    static const char *const nonfinite[] = {"to", "will", "would", "could", "can", "may", "might",
                                            "should", "must", NULL};
    /* "so-called", "much-quoted": part of a compound, no verb */
    if (!(isw(x, i) && ((lxf(x, i) & LX_VERB) || phrasal_speech(x, i)) && x->t[i].ment < 0 &&
          !(x->t[i].flags & TF_HYJOIN) && (!(x->t[i].flags & TF_CAP) || (x->t[i].flags & TF_SSTART))))
        return 0;
    /* "will continue to be", "to call": not a tag, unless say or tell */
    if (i > 0 && isw(x, i - 1) && (x->t[i - 1].flags & TF_LOWER)) {
        for (int k = 0; nonfinite[k]; k++)
            if (ex_is_word(x, (size_t)i - 1, nonfinite[k]))
                return ex_is_word(x, (size_t)i, "say") || ex_is_word(x, (size_t)i, "tell");
        /* "whiter states", "new claims": a plural noun after a word that
         * cannot be its subject */
        if (in_set(x, i, PLURAL_NOUNS) &&
            !(lxf(x, i - 1) & (LX_PRONOUN | LX_ROLE | LX_ANON | LX_ORGNOUN | LX_VERB_NOUN | LX_VERB)) &&
            x->t[i - 1].ment_end < 0)
            return 0;
    }
    return 1;
}

/* A cue of reported speech: a speech verb or a verb of belief or finding. */
static inline int is_report(const exctx *x, int i)
{
    if (!(lxf(x, i) & (LX_VERB | LX_REPORT)) && !phrasal_speech(x, i))
        return 0;
    return is_verb(x, i) ||
           (isw(x, i) && (lxf(x, i) & LX_REPORT) && x->t[i].ment < 0 && !(x->t[i].flags & TF_CAP));
}

/* A cue of reported speech outside quotation marks that tags no
 * quotation: the flags first, inline (this runs for every token). */
static int report_free_slow(const exctx *x, int i);

static inline int is_report_free(const exctx *x, int i)
{
    if (x->t[i].quote >= 0 || (x->t[i].flags & TF_QCUE) ||
        (!(lxf(x, i) & (LX_VERB | LX_REPORT)) && !(x->t[i].flags & TF_PHRASAL)))
        return 0;
    return report_free_slow(x, i);
}

static int report_free_slow(const exctx *x, int i)
{
    /* "no doubt", "a charge that might have stung": after an article, a
     * noun, which reports only the clause it introduces ("a signal that
     * …"; and one may still introduce a quotation: "the answer: "…"") */
    static const char *const det[] = {"no", "the", "a", "an", "every", "each", NULL};
    if (!is_report(x, i))
        return 0;
    return !(i > 0 && isw(x, i - 1) && (x->t[i - 1].flags & TF_LOWER) && x->t[i - 1].e - x->t[i - 1].s <= 5 &&
             in_set(x, i - 1, det) && !ex_is_word(x, (size_t)i + 1, "that"));
}

static int is_ing(const exctx *x, int i)
{
    const tok *t = &x->t[i];
    return t->e - t->s > 4 && memcmp(x->text + t->e - 3, "ing", 3) == 0;
}

static int in_set(const exctx *x, int i, const char *const *set)
{
    if (!isw(x, i))
        return 0;
    /* lower-case the word once, then test the set's words by their first
     * byte: this runs for most tokens near a quotation */
    const tok *t = &x->t[i];
    char w[32];
    size_t n = t->e - t->s;
    if (n >= sizeof w) {
        for (int k = 0; set[k]; k++)
            if (ex_is_word(x, (size_t)i, set[k]))
                return 1;
        return 0;
    }
    for (size_t k = 0; k < n; k++) {
        char c = x->text[t->s + k];
        w[k] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    w[n] = '\0';
    /* the first two bytes reject almost every entry without a call */
    for (int k = 0; set[k]; k++)
        if (set[k][0] == w[0] && set[k][1] == w[1] && (!w[1] || strcmp(set[k] + 2, w + 2) == 0))
            return 1;
    return 0;
}

/* How far a cue may lie from its quotation, in tokens: keeps the work per
 * quote bounded, so a sentence of 20,000 quotes stays linear. */
#define WINDOW 60

static const char *const ADVERBS[] = {"also", "later", "then", "previously", "long", "has", "have", "had", "was",
                                      "is", "were", "would", "will", "could", "once", "again", "just",
                                      "first", "further", "never", "not", "often", "since", "already",
                                      "separately", "similarly", "finally", "ultimately", "initially",
                                      "originally", "subsequently", "recently", "and", "reportedly",
                                      "may", "might", "did", "does", "do", "had", "been", "must", NULL};
static const char *const CONTINUE[] = {"continue", "continues", "continued", "continuing", NULL};
static const char *const CLAUSE_CONJ[] = {"and", "but", "while", "whereas", "although", "though",
                                          "because", NULL};
static const char *const DETS[] = {"the", "a", "an", "another", "this", "these", "those", "his",
                                   "her", "their", "its", "our", "some", "several", "two", "three",
                                   "one", "many", "other", "most", "both", "all", "four", "five", NULL};
static const char *const INDEF[] = {"a", "an", "another", "some", "several", "two", "three", "one",
                                    "many", "other", "most", "both", "all", "four", "five", NULL};
static const char *const STOPS[] = {"in", "on", "at", "to", "by", "from", "with", "that", "which", "who",
                                    "but", "or", "as", "than", "when", "while", "if", "because", "after",
                                    "before", "during", "into", "about", "it", "there", "what", "where",
                                    "said", "says", "not", "so", "also", "and", "told", "has", "have",
                                    "had", "is", "was", "are", "were", "be", "been", "would", "will",
                                    "could", "should", "for", "of", "up", "out", "over", NULL};

static int tell_verb(const exctx *x, int v);
static void reset(spk *sp);
static int clause_after(exctx *x, int v, int last);
static int loose_subject(exctx *x, int v, int s0, int last, spk *sp);
/* verbs of asking and the words that open the question they report */
static const char *const ASK[] = {"asked", "asks", "ask", "wondered", "wonders", NULL};
static const char *const WH[] = {"whether", "if", "why", "what", "how", "which", "who", "when",
                                 "where", NULL};
/* auxiliaries and modals: a finite clause */
static const char *const AUX[] = {"is", "are", "was", "were", "has", "have", "had", "will",
                                  "would", "could", "should", "can", "did", "does", "do",
                                  "must", "might", "may", "wo", "won't", "isn't", "wasn't",
                                  "didn't", "doesn't", NULL};
static int credit_ment(const exctx *x, const ment *m);

/* ---- pronouns and roles ----
 * A pronoun or a definite role noun ("the striker") names the most
 * salient person before it, as in centering: the subject of the current
 * or previous clause outranks objects and list members, and the latest
 * speaker holds until another person becomes a subject.  Mentions inside
 * quotations and, for a tag after its reported clause ("Pell has failed,
 * he claimed"), inside that clause are no antecedents.  Where two
 * candidates compete with no decisive cue, the speaker stays unknown. */

static int gender_ok(const exctx *x, int e, uint8_t g)
{
    uint8_t eg = x->e[e].gender;
    return !eg || !g || eg == g;
}

static const char *const MODIFIERS[] = {"former", "new", "then", "acting", "deputy", "senior", "fellow",
                                        "ex", "veteran", "top", "shadow", "interim", "outgoing",
                                        "incoming", "late", "current", "assistant", "junior", "party",
                                        "team", "club", "campaign", "press", "foreign", "home", "local",
                                        "national", "world", "general", "vice", NULL};


static const char *const FRONT[] = {"but", "while", "when", "as", "because", "although", "though",
                                    "after", "before", "since", "if", "whether", "that", "so", "then",
                                    "meanwhile", "however", "yet", "once", "until", "where", NULL};

/* The clause ends right after the mention starting at token p. */
static int clause_ends(const exctx *x, int p)
{
    int e = x->t[p].ment >= 0 ? x->m[x->t[p].ment].t1 : p + 1;
    if ((size_t)e >= x->nt || x->t[e].para != x->t[p].para)
        return 1;
    const tok *t = &x->t[e];
    return t->type == T_QUOTE ||
           (t->type == T_PUNCT && (t->ch == '.' || t->ch == '!' || t->ch == '?' || t->ch == ';' ||
                                   t->ch == ')'));
}

/* Does the mention starting at token p stand as a subject: at the start
 * of its sentence or clause (past its titles, roles and determiners), or
 * after an inverted speech verb ("said Cole")?  Objects, list members
 * and names after a preposition do not. */
static int subject_like(const exctx *x, int p)
{
    /* the first of a list ("Ana Ruiz, Tom Hart and Ben Cole") */
    if (x->t[p].ment >= 0) {
        int e = x->m[x->t[p].ment].t1;
        if ((punct(x, e, ',') || ex_is_word(x, (size_t)e, "and")) && (size_t)e + 1 < x->nt &&
            x->t[e + 1].ment >= 0 && x->m[x->t[e + 1].ment].kind == ACTOR_PERSON)
            return 0;
    }
    int s0 = (int)x->sent_start[x->t[p].sent];
    int k = p - 1, n = 0;
    while (k >= s0 && n < 8) {
        const tok *t = &x->t[k];
        /* "Former Pennsylvania governor Ed Rendell": a place or body in
         * the title */
        if (t->ment_end >= 0 && x->m[t->ment_end].kind != ACTOR_PERSON && x->m[t->ment_end].t0 < k + 1 &&
            x->m[t->ment_end].t0 >= s0) {
            n += k - x->m[t->ment_end].t0 + 1;
            k = x->m[t->ment_end].t0 - 1;
            continue;
        }
        if (t->type == T_WORD &&
            ((t->flags & (TF_CAP | TF_NUM | TF_HYJOIN)) || (lxf(x, k) & (LX_ROLE | LX_TITLE | LX_HONOR)) ||
             in_set(x, k, DETS) || in_set(x, k, MODIFIERS) ||
             ((size_t)k + 1 < x->nt && (x->t[k + 1].flags & TF_HYJOIN))) &&
            !in_set(x, k, STOPS) && t->ment_end < 0) {
            k--, n++;
            continue;
        }
        if (t->type == T_PUNCT && ((t->flags & TF_POSS) || (t->ch == '-' && (t->flags & TF_NOSPACE)) ||
                                   (t->ch == '.' && k > s0 && (lxf(x, k - 1) & (LX_TITLE | LX_HONOR))))) {
            k--;
            continue;
        }
        break;
    }
    if (k < s0)
        return 1;
    const tok *t = &x->t[k];
    if (t->type == T_QUOTE || (t->type == T_PUNCT && (t->ch == ':' || t->ch == ';' || t->ch == '(')))
        return 1;
    if (t->type == T_PUNCT && t->ch == ',')
        return !(k > s0 && x->t[k - 1].ment_end >= 0 && x->m[x->t[k - 1].ment_end].kind == ACTOR_PERSON) &&
               !clause_ends(x, p); /* "…than his predecessor, Tom Hart." */
    if (t->type == T_PUNCT && t->ch == '-')
        return 1;
    if (t->type != T_WORD)
        return 0;
    if (ex_is_word(x, (size_t)k, "and") || ex_is_word(x, (size_t)k, "or"))
        return !(k > s0 && x->t[k - 1].ment_end >= 0);
    if (in_set(x, k, FRONT))
        return 1;
    /* an inverted tag: '"…," said Cole', "…, said the official." */
    if ((lxf(x, k) & LX_VERB) && !tell_verb(x, k) &&
        (k == s0 || x->t[k - 1].type == T_QUOTE || (punct(x, k - 1, ',') &&
                      (clause_ends(x, p) || punct(x, x->t[p].ment >= 0 ? x->m[x->t[p].ment].t1 : p + 1, ',')))))
        return 1;
    return 0;
}

/* A mention after a preposition (past its titles) or a possessor
 * ("Cole's brother-in-law"). */
static int object_marked(const exctx *x, const ment *m)
{
    if ((size_t)m->t1 < x->nt && x->t[m->t1].type == T_PUNCT && (x->t[m->t1].flags & TF_POSS))
        return 1;
    int k = m->t0 - 1, n = 0;
    while (k >= 0 && n < 6 &&
           ((x->t[k].type == T_WORD && !in_set(x, k, PREPS) &&
             ((x->t[k].flags & TF_CAP) || (lxf(x, k) & (LX_ROLE | LX_TITLE | LX_HONOR)) || in_set(x, k, DETS))) ||
            (punct(x, k, '.') && k > 0 && (lxf(x, k - 1) & (LX_TITLE | LX_HONOR))))) /* "for Sen. Ruiz" */
        k--, n++;
    return k >= 0 && in_set(x, k, PREPS);
}

/* One of several people joined by commas or "and". */
static int list_member(const exctx *x, const ment *m)
{
    int e = m->t1, b = m->t0 - 1;
    if ((punct(x, e, ',') || ex_is_word(x, (size_t)e, "and")) && (size_t)e + 1 < x->nt &&
        x->t[e + 1].ment >= 0 && x->m[x->t[e + 1].ment].kind == ACTOR_PERSON)
        return 1;
    return b > 0 && (punct(x, b, ',') || ex_is_word(x, (size_t)b, "and")) && x->t[b - 1].ment_end >= 0 &&
           x->m[x->t[b - 1].ment_end].kind == ACTOR_PERSON;
}

/* e: a person, or UNKNOWN_PERSON for a name the text gives but the
 * name finder did not know ("Zorblax said"): it blocks older candidates. */
#define UNKNOWN_PERSON (-2)

static void ref_add(exctx *x, int tok_at, int e)
{
    if (e != UNKNOWN_PERSON && (e < 0 || x->e[e].kind != ACTOR_PERSON))
        return;
    if (x->nref == x->capref) {
        x->capref = x->capref ? x->capref * 2 : 32;
        x->refs = xrealloc(x->refs, x->capref * sizeof *x->refs);
    }
    /* kept in text order: tags are found a little out of order */
    size_t i = x->nref++;
    while (i > 0 && x->refs[i - 1].tok > tok_at) {
        x->refs[i] = x->refs[i - 1];
        i--;
    }
    x->refs[i].tok = tok_at;
    x->refs[i].ent = e;
}

/* Index of the first element of a sorted array whose position is >= pos. */
static size_t ment_before(const exctx *x, int pos)
{
    size_t lo = 0, hi = x->nm;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x->m[mid].t0 < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t ref_before(const exctx *x, int pos)
{
    size_t lo = 0, hi = x->nref;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x->refs[mid].tok < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The person a pronoun of gender g (G_NONE: any) or a definite
 * description at token pos stands for, or -1 (none, or no decisive
 * cue).  excl: the clause before pos in its sentence is reported content
 * and holds no antecedent. */
static int resolve_salient(exctx *x, uint8_t g, int pos, int excl, int *at)
{
    *at = -1;
    uint32_t para = x->t[pos].para, S = x->t[pos].sent;
    int s0 = (int)x->sent_start[S];
    size_t mi = ment_before(x, pos), ri = ref_before(x, pos);
    int best = -1, best_tok = -1, best_sent = -1, rival = 0; /* best: a person or UNKNOWN_PERSON */
    int obj = -1, obj_tok = -1, obj_rival = 0, seen = 0;
    int obj_after = -1; /* a compatible non-subject after the best subject */
    int para_person = 0; /* a candidate met in pos's own paragraph */
    int steps = 0; /* mentions inside quotation marks do not count as seen: bound the walk */
    while ((mi > 0 || ri > 0) && seen < 40 && steps++ < 400) {
        int tk, e, from_ref;
        if (ri > 0 && (mi == 0 || x->refs[ri - 1].tok >= x->m[mi - 1].t0)) {
            ri--;
            tk = x->refs[ri].tok;
            e = x->refs[ri].ent;
            from_ref = 1;
        } else {
            mi--;
            const ment *m = &x->m[mi];
            if (m->kind != ACTOR_PERSON || x->t[m->t0].quote >= 0 || credit_ment(x, m))
                continue;
            tk = m->t0;
            e = m->ent;
            from_ref = 0;
        }
        if (e != UNKNOWN_PERSON) {
            e = ex_ent_root(x, e);
            if (e < 0 || x->e[e].kind != ACTOR_PERSON)
                continue;
        }
        seen++;
        uint32_t tp = x->t[tk].para;
        if (tp != para && (para_person || para - tp > 2))
            break;
        if (S - x->t[tk].sent > 4)
            break;
        if (excl && tk >= s0)
            continue;
        if (e != UNKNOWN_PERSON && !gender_ok(x, e, g))
            continue;
        if (tp == para)
            para_person = 1;
        int subj = from_ref || subject_like(x, tk);
        if (subj) {
            if (best == -1) {
                best = e;
                best_tok = tk;
                best_sent = (int)x->t[tk].sent;
            } else if (e != best && (int)x->t[tk].sent == best_sent) {
                rival = 1; /* two subjects of one sentence */
            }
        } else if (best == -1 && e != UNKNOWN_PERSON) {
            obj_after = e;
            if (obj < 0)
                obj = e, obj_tok = tk;
            else if (e != obj)
                obj_rival = 1;
        }
    }
    /* the latest speaker holds until another person becomes a subject */
    int ls = x->last_spk;
    if (ls >= 0 && x->last_spk_tok <= (size_t)pos && para - x->t[x->last_spk_tok].para <= 1 &&
        gender_ok(x, ls, g) && (best == -1 || best == ls || best_tok < (int)x->last_spk_tok)) {
        *at = best == ls ? best_tok : -1;
        return ls;
    }
    if (best == UNKNOWN_PERSON)
        return -1;
    /* a subject two sentences back, with other people named since: no
     * decisive cue */
    if (best >= 0 && !rival && obj_after >= 0 && obj_after != best && (int)S - best_sent >= 2)
        return -1;
    if (best >= 0) {
        *at = rival ? -1 : best_tok;
        return rival ? -1 : best;
    }
    *at = obj_rival ? -1 : obj_tok;
    return obj_rival ? -1 : obj;
}

static int resolve_pronoun(exctx *x, uint8_t g, int pos)
{
    if (g != G_MALE && g != G_FEMALE)
        return -1;
    /* a pronoun resolved once keeps its person */
    size_t r = ref_before(x, pos + 1);
    if (r > 0 && x->refs[r - 1].tok == pos)
        return x->refs[r - 1].ent >= 0 ? x->refs[r - 1].ent : -1;
    /* "…, he said" after reported words: not their subject */
    int excl = pos > 0 && (punct(x, pos - 1, ',') || x->t[pos - 1].type == T_QUOTE);
    int at;
    int e = resolve_salient(x, g, pos, excl, &at);
    if (e >= 0)
        ref_add(x, pos, e);
    return e;
}

/* Words a reporter uses for the person the story is about: the topic
 * person when nothing binds them nearer.  Anonymous roles (spokesman,
 * official) are never the topic person. */
static const char *const TOPIC_HEADS[] = {"striker", "winger", "midfielder", "defender", "goalkeeper",
                                          "keeper", "forward", "batsman", "bowler", "champion", "player",
                                          "star", "veteran", "writer", "broadcaster", "singer", "actor",
                                          "actress", "director", "leader", "minister", "chancellor",
                                          "president", "premier", "boss", "manager", "coach", "captain",
                                          "chairman", "chairwoman", "chief", "founder", "author",
                                          "musician", "rapper", "comedian", "presenter", "entrepreneur",
                                          "tycoon", "businessman", "businesswoman", "governor", "mayor",
                                          "senator", "candidate", "secretary", "executive", "economist",
                                          "athlete", "skipper", "frontman", "star", "sprinter", "runner",
                                          "golfer", "boxer", "rider", "driver", "judge", NULL};
static const char *const NOT_TOPIC[] = {"spokesman", "spokeswoman", "spokesperson", "official",
                                        "source", "aide", "adviser", "advisor", "analyst", "expert",
                                        "insider", "representative", "staffer", NULL};

/* "the 21-year-old": a hyphenated age ends the description */
static int age_head(const exctx *x, int head)
{
    return ex_is_word(x, (size_t)head, "old") && (x->t[head].flags & TF_HYJOIN) && head > 0 &&
           (ex_is_word(x, (size_t)head - 1, "year") || ex_is_word(x, (size_t)head - 1, "years"));
}

/* "the Spaniard", "the Argentine", "the American": a demonym that names
 * one person (not "the French", "the Chinese", "the British"). */
static int person_demonym(const exctx *x, int head)
{
    if (!(lxf(x, head) & LX_DEMONYM) || !(x->t[head].flags & TF_CAP) || head + 1 >= (int)x->nt)
        return 0;
    const char *w = x->text + x->t[head].s;
    size_t n = x->t[head].e - x->t[head].s;
    if (n < 4 || w[n - 1] == 's' || (w[n - 1] == 'h' && (w[n - 2] == 's' || w[n - 2] == 'c')) ||
        memcmp(w + n - 3, "ese", 3) == 0)
        return 0;
    /* the demonym heads the phrase: "the Spaniard added", not "the
     * Spanish government" */
    return !isw(x, head + 1) || (x->t[head + 1].flags & TF_LOWER);
}

static int resolve_head(exctx *x, int det, int head)
{
    uint32_t f = lxf(x, head);
    int indef = det >= 0 && in_set(x, det, INDEF);
    if (indef || in_set(x, head, NOT_TOPIC))
        return -1;
    /* "the New York businessman", "the Indiana governor": a place in the
     * description names what only one person in the story may be; neither
     * the salient person nor the last one called "governor" is evidence
     * of it ("the Tory leader" is) */
    for (int k = det + 1; det >= 0 && k < head; k++)
        if ((x->t[k].ment >= 0 && x->m[x->t[k].ment].kind == ACTOR_PLACE) || (lxf(x, k) & LX_PLACE))
            return -1;
    if (f & LX_ROLE) {
        char w[128];
        ex_fold_tok(x, (size_t)head, w, sizeof w);
        int e = smap_get(&x->roles, w, -1);
        e = e >= 0 ? ex_ent_root(x, e) : -1;
        /* bound by a mention before this one ("Hart, the press
         * secretary, … the press secretary said") */
        if (e >= 0 && x->e[e].first >= 0 && x->m[x->e[e].first].t0 < head)
            return e;
    }
    if (det >= 0 && ex_is_word(x, (size_t)det, "the") &&
        ((f & LX_ROLE) || in_set(x, head, TOPIC_HEADS) || age_head(x, head) || person_demonym(x, head))) {
        int at;
        int e = resolve_salient(x, G_NONE, det, 0, &at);
        if (e >= 0)
            ref_add(x, det, e);
        return e;
    }
    return -1;
}

/* ---- noun phrases ---- */

/* Fills sp from the mention, pronoun or description that ends at j. */
static int np_ending(exctx *x, int j, int lo, spk *sp)
{
    if (j < lo || j < 0)
        return 0;
    if (x->t[j].type == T_PUNCT && x->t[j].ch == ')') {
        int k = j - 1;
        while (k >= lo && j - k < 14 && !punct(x, k, '('))
            k--;
        if (k < lo || !punct(x, k, '('))
            return 0;
        j = k - 1;
        if (j < lo)
            return 0;
    }
    if (x->t[j].type == T_PUNCT && x->t[j].ch == '\'' && (x->t[j].flags & TF_POSS))
        return 0;
    if (x->t[j].ment_end >= 0) {
        const ment *m = &x->m[x->t[j].ment_end];
        int k = m->t0 - 1, n = 0;
        while (k >= lo && n < 6 && isw(x, k) && !in_set(x, k, STOPS) &&
               ((x->t[k].flags & TF_CAP) || (lxf(x, k) & (LX_ROLE | LX_TITLE | LX_HONOR)) ||
                in_set(x, k, MODIFIERS)))
            k--, n++;
        if (m->kind == ACTOR_PERSON && k > lo &&
            (ex_is_word(x, (size_t)k, "of") || ex_is_word(x, (size_t)k, "for")) &&
            isw(x, k - 1) && (x->t[k - 1].flags & TF_LOWER) &&
            np_ending(x, k - 1, lo, sp)) {
            /* "a close associate of Ben Cole", "a spokeswoman
             * for Mr Hart": the description speaks, not the name */
            if (sp->t1 == k) {
                sp->t1 = m->t1;
                sp->ent = -1;
                return 1;
            }
        }
        memset(sp, 0, sizeof *sp);
        sp->ent = -1;
        if (m->kind == ACTOR_PERSON && k > lo && (ex_is_word(x, (size_t)k, "and") || punct(x, k, ',')) &&
            x->t[k - 1].ment_end >= 0 && x->m[x->t[k - 1].ment_end].kind == ACTOR_PERSON) {
            /* "Tom Hart and Ben Cole said": several people speak */
            const ment *f = &x->m[x->t[k - 1].ment_end];
            sp->has = 1;
            sp->t0 = f->t0;
            sp->t1 = m->t1;
            return 1;
        }
        if (m->kind != ACTOR_PLACE || 1) {
            sp->ent = m->kind == ACTOR_PLACE ? -1 : ex_ent_root(x, m->ent);
            sp->has = 1;
            sp->t0 = m->t0;
            sp->t1 = m->t1;
            if (m->kind != ACTOR_PLACE)
                return 1;
        }
    }
    if (!isw(x, j))
        return 0;
    if (lxf(x, j) & LX_PRONOUN) {
        const lx_entry *e = x->t[j].lx;
        /* "It said issues were not addressed": a body the sentence
         * before named, opening the sentence before a speech verb */
        int it_said = ex_is_word(x, (size_t)j, "it") && (x->t[j].flags & TF_SSTART) &&
                      (lxf(x, j + 1) & LX_VERB) && !(lxf(x, j + 1) & LX_REPORT);
        if (ex_is_word(x, (size_t)j, "him") || ex_is_word(x, (size_t)j, "her") ||
            ex_is_word(x, (size_t)j, "his") || (ex_is_word(x, (size_t)j, "it") && !it_said))
            return 0;
        if (it_said) {
            reset(sp);
            sp->has = 1;
            sp->t0 = j;
            sp->t1 = j + 1;
            return 1;
        }
        sp->has = 1;
        sp->t0 = j;
        sp->t1 = j + 1;
        sp->ent = resolve_pronoun(x, e->gender, j);
        return 1;
    }
    /* "the congressional report said", "her tweet read": a speech verb's
     * form after a determiner or an adjective is a noun */
    int noun = (lxf(x, j) & LX_VERB) && j - 1 >= lo && !is_ing(x, j) &&
               !(x->t[j].e - x->t[j].s > 2 && memcmp(x->text + x->t[j].e - 2, "ed", 2) == 0) &&
               (in_set(x, j - 1, DETS) ||
                (isw(x, j - 1) && (x->t[j - 1].flags & TF_LOWER) && !(lxf(x, j - 1) & (LX_VERB | LX_PRONOUN)) &&
                 !in_set(x, j - 1, STOPS) && !in_set(x, j - 1, AUX)));
    if (in_set(x, j, STOPS) || in_set(x, j, DETS) || ((lxf(x, j) & LX_VERB) && !noun) || (x->t[j].flags & TF_NUM))
        return 0;
    /* a description: back to its determiner */
    int k = j, det = -1;
    while (k - 1 >= lo && j - (k - 1) < 8) {
        int p = k - 1;
        const tok *t = &x->t[p];
        if (t->type == T_PUNCT) {
            /* "Stratford-upon-Avon", not the dash after a dateline */
            if ((t->flags & TF_POSS) || (t->ch == '-' && (t->flags & TF_NOSPACE) && t->e == x->t[p + 1].s)) {
                k = p;
                continue;
            }
            break;
        }
        if (t->type != T_WORD)
            break;
        if (in_set(x, p, DETS)) {
            det = p;
            k = p;
            if (!(p - 1 > lo && (ex_is_word(x, (size_t)p - 1, "of") || ex_is_word(x, (size_t)p - 1, "at"))))
                break;
            p--; /* "Const. Dwayne Olsen of the RCMP" */
        }
        /* "Chief Andrea Paul of Pictou Landing First Nation", "… of the
         * RCMP": the person before the body speaks for it */
        if ((ex_is_word(x, (size_t)p, "of") || ex_is_word(x, (size_t)p, "at")) && p - 1 >= lo &&
            x->t[p - 1].ment_end >= 0 && x->m[x->t[p - 1].ment_end].kind == ACTOR_PERSON) {
            int body = p + 1 + (det == p + 1);
            if ((x->t[body].flags & TF_CAP) && !(lxf(x, body) & (LX_ROLE | LX_ANON | LX_ORGNOUN)))
                return np_ending(x, p - 1, lo, sp);
        }
        if (det >= 0)
            break;
        /* "the feminist writer and broadcaster": one person, two roles */
        int roles2 = ex_is_word(x, (size_t)p, "and") && p - 1 >= lo && isw(x, p - 1) &&
                     ((lxf(x, p - 1) & LX_ROLE) || in_set(x, p - 1, TOPIC_HEADS)) &&
                     ((lxf(x, p + 1) & LX_ROLE) || in_set(x, p + 1, TOPIC_HEADS));
        if (in_set(x, p, STOPS) && !ex_is_word(x, (size_t)p, "for") && !ex_is_word(x, (size_t)p, "of") && !roles2)
            break;
        if (lxf(x, p) & LX_VERB)
            break;
        k = p;
    }
    /* "claims of broken promises": a phrase after a preposition is no
     * subject; "48% of estate agents", "most of the voters" are */
    if (ex_is_word(x, (size_t)k, "of") || ex_is_word(x, (size_t)k, "for")) {
        static const char *const QUANT[] = {"most", "many", "some", "half", "all", "none", "majority",
                                            "percent", "third", "thirds", "quarter", "few", "one",
                                            "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", NULL};
        int q = k - 1;
        if (q >= lo && x->t[q].type == T_PUNCT && x->text[x->t[q].s] == '%')
            q--;
        if (q > lo && ex_is_word(x, (size_t)q, "out"))
            q--; /* "four out of 10 voters" */
        if (!ex_is_word(x, (size_t)k, "of") || q < lo || !isw(x, q) ||
            !((x->t[q].flags & TF_NUM) || in_set(x, q, QUANT)))
            return 0;
        k = q;
        if (k - 1 >= lo && in_set(x, k - 1, DETS))
            k--, det = k; /* "a majority of …" */
    }
    /* a bare capitalised word that is no known actor ("Politifact said") */
    sp->has = 1;
    sp->t0 = k;
    sp->t1 = j + 1;
    sp->ent = -1;
    /* head: the noun before "of"/"for" inside, else the last word */
    int head = j;
    for (int p = k; p <= j; p++)
        if (ex_is_word(x, (size_t)p, "of") || ex_is_word(x, (size_t)p, "for")) {
            head = p - 1;
            break;
        }
    if (head >= k)
        sp->ent = resolve_head(x, det, head);
    return 1;
}

/* "didn't", "doesn’t", "won't": a negated auxiliary */
static int negated(const exctx *x, int j)
{
    const char *w = x->text + x->t[j].s;
    size_t n = x->t[j].e - x->t[j].s;
    return (n > 3 && memcmp(w + n - 3, "n't", 3) == 0) || (n > 5 && memcmp(w + n - 5, "n\xe2\x80\x99t", 5) == 0);
}

static int skip_adverbs_back(const exctx *x, int j, int lo)
{
    /* "Obama on Friday declared", "Khan on Tuesday rejected": when */
    static const char *const DAYS[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                       "sunday", NULL};
    static const char *const ON[] = {"on", "last", "this", "late", "early", NULL};
    if (j > lo && isw(x, j) && (x->t[j].flags & TF_CAP) && x->t[j].e - x->t[j].s >= 6 &&
        memcmp(x->text + x->t[j].e - 3, "day", 3) == 0 && in_set(x, j, DAYS)) {
        int k = j - 1;
        if (k > lo && in_set(x, k, ON))
            k--;
        if (k >= lo && isw(x, k) && !in_set(x, k, PREPS))
            j = k;
    }
    int n = 0;
    while (j >= lo && n < 3 && isw(x, j) && (x->t[j].flags & TF_LOWER) &&
           (in_set(x, j, ADVERBS) || negated(x, j) ||
            (x->t[j].e - x->t[j].s > 4 && memcmp(x->text + x->t[j].e - 2, "ly", 2) == 0)) &&
           !ex_is_word(x, (size_t)j, "and")) {
        j--;
        n++;
    }
    return j;
}

/* Subject before verb v, not before token lo. */
static int np_before(exctx *x, int v, int lo, spk *sp)
{
    int j = skip_adverbs_back(x, v - 1, lo);
    if (j < lo)
        return 0;
    /* "Tom Hart's claim that …": the possessor of a speech noun */
    if (j == v - 1 && j > lo && x->t[j].type == T_PUNCT && (x->t[j].flags & TF_POSS) &&
        ex_is_word(x, (size_t)v + 1, "that") &&
        x->t[j - 1].ment_end >= 0 && x->m[x->t[j - 1].ment_end].kind != ACTOR_PLACE) {
        const ment *m = &x->m[x->t[j - 1].ment_end];
        sp->ent = ex_ent_root(x, m->ent);
        sp->has = 1;
        sp->t0 = m->t0;
        sp->t1 = m->t1;
        return 1;
    }
    /* "Witkoff, the special envoy, said", "The mayor, Jane Doe, said",
     * "Ben Cole, 79, who has lived in Leeds, said": a name set off by
     * commas is the speaker; descriptions, ages and relative clauses are
     * passed over to the subject before them */
    for (int round = 0; punct(x, j, ',') && round < 3; round++) {
        int k = j - 1;
        while (k >= lo && j - k < 24 && !punct(x, k, ',') && x->t[k].type != T_QUOTE)
            k--;
        /* "Blair, who has described Africa as a "scar", has said": a
         * relative clause may hold a partial quote */
        if (k >= lo && x->t[k].type == T_QUOTE) {
            int r = k;
            while (r >= lo && j - r < 40 && !punct(x, r, ','))
                r--;
            if (r >= lo && punct(x, r, ',') && (ex_is_word(x, (size_t)r + 1, "who") || ex_is_word(x, (size_t)r + 1, "which")))
                k = r;
        }
        if (k < lo || !punct(x, k, ',')) {
            /* "Ben Cole MP, said:": a stray comma after a name */
            int n = j - 1;
            if (n > lo && (x->t[n].flags & TF_ALLCAPS) && x->t[n].e - x->t[n].s <= 3)
                n--;
            if (n >= lo && x->t[n].ment_end >= 0 && x->m[x->t[n].ment_end].kind == ACTOR_PERSON)
                return np_ending(x, n, lo, sp);
            return 0;
        }
        int a = k + 1, b = j; /* the set-off words [a, b) */
        if (a < b && x->t[a].ment >= 0 && x->m[x->t[a].ment].t1 == b &&
            x->m[x->t[a].ment].kind == ACTOR_PERSON) {
            const ment *m = &x->m[x->t[a].ment];
            sp->ent = ex_ent_root(x, m->ent);
            sp->has = 1;
            sp->t0 = m->t0;
            sp->t1 = m->t1;
            return 1;
        }
        /* a place after a preposition or comma before the comma ends a
         * phrase ("in Leeds, York and Hull,"), not the subject */
        int place = 0;
        if (k - 1 >= lo && x->t[k - 1].ment_end >= 0 && x->m[x->t[k - 1].ment_end].kind == ACTOR_PLACE) {
            int pb = x->m[x->t[k - 1].ment_end].t0 - 1;
            place = pb >= lo && (in_set(x, pb, PREPS) || punct(x, pb, ','));
        }
        /* "West, a professor who worked for Sen. Lamar Alexander (R-Tenn.),
         * one of its architects, called it": a name after "for" is the
         * object of a clause, not the subject */
        if (!place && np_ending(x, k - 1, lo, sp)) {
            const ment *om = sp->has && x->t[sp->t0].ment >= 0 ? &x->m[x->t[sp->t0].ment] : NULL;
            if (!(om && om->kind == ACTOR_PERSON && object_marked(x, om)))
                return 1;
        }
        /* "Rep. Tom Cole of Oklahoma, an ally of the leaders, said" */
        if (place) {
            int pb = x->m[x->t[k - 1].ment_end].t0 - 1;
            if (in_set(x, pb, PREPS) && pb - 1 >= lo && x->t[pb - 1].ment_end >= 0 &&
                x->m[x->t[pb - 1].ment_end].kind == ACTOR_PERSON)
                return np_ending(x, pb - 1, lo, sp);
        }
        memset(sp, 0, sizeof *sp);
        sp->ent = -1;
        /* only an age, a party and state ("R-Ky.", "D-N.Y.") or a
         * relative clause lets the search go on */
        int caps_only = b - a <= 6;
        for (int w = a; w < b && caps_only; w++)
            caps_only = (x->t[w].type == T_WORD && (x->t[w].flags & TF_CAP) && x->t[w].e - x->t[w].s <= 4 &&
                         x->t[w].ment < 0) ||
                        punct(x, w, '.') || punct(x, w, '-');
        int skippable = caps_only || (x->t[a].flags & TF_NUM) || ex_is_word(x, (size_t)a, "who") ||
                        ex_is_word(x, (size_t)a, "whose") || ex_is_word(x, (size_t)a, "which") ||
                        ex_is_word(x, (size_t)a, "aged");
        if (!skippable) {
            /* "Ben Cole, who as a young man taught in Leeds, York and
             * Hull, said": a relative clause with commas of its own */
            for (int c = k; c >= lo && v - c < 48 && x->t[c].type != T_QUOTE; c--) {
                if (!punct(x, c, ',') || !(ex_is_word(x, (size_t)c + 1, "who") ||
                                           ex_is_word(x, (size_t)c + 1, "whose")))
                    continue;
                if (c - 1 >= lo && x->t[c - 1].ment_end >= 0 &&
                    x->m[x->t[c - 1].ment_end].kind == ACTOR_PERSON)
                    return np_ending(x, c - 1, lo, sp);
                break;
            }
            return 0;
        }
        j = k;
    }
    if (punct(x, j, ','))
        return 0;
    return np_ending(x, j, lo, sp);
}

/* A person mention within a few descriptive words from token k ("president
 * Ana Ruiz"), or -1. */
static int person_after(const exctx *x, int k, int hi)
{
    for (int n = 0; k < hi && n < 5; k++, n++) {
        const tok *t = &x->t[k];
        /* "said South Carolina Democratic Party Chairman Jaime Harrison" */
        if (t->ment >= 0 && x->m[t->ment].kind != ACTOR_PERSON && x->m[t->ment].t1 < hi) {
            k = x->m[t->ment].t1 - 1;
            continue;
        }
        if (t->ment >= 0)
            return x->m[t->ment].kind == ACTOR_PERSON ? t->ment : -1;
        if (t->type == T_PUNCT && t->ch == '-')
            continue;
        /* "Ohio State University professor …": capitals are a name's, even
         * a speech verb's */
        int caps = (t->flags & TF_CAP) && !(t->flags & TF_SSTART);
        if (t->type != T_WORD || in_set(x, k, STOPS) || in_set(x, k, DETS) ||
            ((lxf(x, k) & (LX_VERB | LX_PRONOUN)) && !caps) || (t->flags & TF_NUM))
            return -1;
    }
    return -1;
}

/* Subject after an inverted verb: "said Rubio", "said a senior official". */
static int np_after(exctx *x, int v, int hi, spk *sp)
{
    int j = v + 1;
    if (j >= hi)
        return 0;
    /* "said this week that …", "said Thursday his …": a time, no subject */
    if (in_set(x, j, TIME))
        return 0;
    /* a name a few words on: "said Sen. Susan Collins", "said undecided
     * Republican voter Stephanie Hooton" */
    for (int k = j; k < hi && k < j + 7; k++) {
        const tok *t = &x->t[k];
        if (t->ment >= 0) {
            const ment *m = &x->m[t->ment];
            if (m->kind != ACTOR_PERSON || (lxf(x, m->t1) & LX_ROLE)) {
                /* "said Harbour United president Ana Ruiz", "says
                 * Leeds cartoonist Omar Haddad": the place or body
                 * qualifies the person named after it */
                int p = person_after(x, m->t1, hi);
                if (p >= 0)
                    m = &x->m[p];
            }
            if (m->kind == ACTOR_PLACE)
                break;
            sp->ent = ex_ent_root(x, m->ent);
            sp->has = 1;
            sp->t0 = j;
            sp->t1 = m->t1;
            return 1;
        }
        if (t->type == T_PUNCT && t->ch == '.' && k > j && t->s == x->t[k - 1].e &&
            (lxf(x, k - 1) & (LX_TITLE | LX_HONOR)))
            continue;
        if (t->type == T_PUNCT && ((t->ch == '-' && k > j) || (t->flags & TF_POSS)))
            continue;
        /* "said 9/11 widow Terry Strada", "said 23-year-old Ana Ruiz" */
        if ((t->flags & TF_NUM) ||
            (t->type == T_PUNCT && t->e - t->s == 1 && x->text[t->s] == '/' && k > j && (x->t[k - 1].flags & TF_NUM)))
            continue;
        if (!isw(x, k) || in_set(x, k, STOPS) ||
            ((lxf(x, k) & (LX_VERB | LX_PRONOUN)) && !((t->flags & TF_CAP) && !(t->flags & TF_SSTART))) ||
            (in_set(x, k, DETS) && !(k == j && ex_is_word(x, (size_t)k, "the"))) || (t->flags & TF_NUM))
            break;
    }
    if (x->t[j].ment >= 0) {
        const ment *m = &x->m[x->t[j].ment];
        if (m->kind == ACTOR_PLACE)
            return 0;
        sp->ent = ex_ent_root(x, m->ent);
        sp->has = 1;
        sp->t0 = m->t0;
        sp->t1 = m->t1;
        return 1;
    }
    if (!isw(x, j))
        return 0;
    if (lxf(x, j) & LX_PRONOUN) {
        if (!(ex_is_word(x, (size_t)j, "he") || ex_is_word(x, (size_t)j, "she") ||
              ex_is_word(x, (size_t)j, "they")))
            return 0;
        sp->has = 1;
        sp->t0 = j;
        sp->t1 = j + 1;
        sp->ent = resolve_pronoun(x, x->t[j].lx->gender, j);
        return 1;
    }
    int det = in_set(x, j, DETS) ? j : -1;
    if (det < 0 && !(x->t[j].flags & TF_CAP) && !(lxf(x, j) & (LX_ROLE | LX_ANON)))
        return 0;
    int k = j + (det >= 0);
    int head = -1;
    while (k < hi && k - j < 8 && isw(x, k) && !in_set(x, k, STOPS) && !(lxf(x, k) & LX_VERB)) {
        head = k;
        k++;
    }
    if (head < 0)
        return 0;
    sp->has = 1;
    sp->t0 = j;
    sp->t1 = head + 1;
    sp->ent = resolve_head(x, det, head);
    return 1;
}

/* The source after "according to" (token v is "to"): a speaker as after
 * an inverted verb, else any noun phrase, which may be no person at all
 * ("according to court records", "according to two people briefed on the
 * talks"); it still marks what comes before or after as reported. */
static int source_after(exctx *x, int v, int hi, spk *sp)
{
    int j = v + 1, k = j;
    while (k < hi && k - j < 8 && isw(x, k) && !(lxf(x, k) & LX_VERB) && x->t[k].quote < 0 &&
           !(k > j && in_set(x, k, STOPS)))
        k++;
    /* "according to a statement from the Department of Homeland Security":
     * who made the statement */
    if (k > j && k + 1 < hi && (lxf(x, k - 1) & LX_VERB_NOUN) && (ex_is_word(x, (size_t)k, "from") || ex_is_word(x, (size_t)k, "by"))) {
        spk by;
        reset(&by);
        int w = k + 1 + (ex_is_word(x, (size_t)k + 1, "the") ? 1 : 0);
        if (w < hi && x->t[w].ment >= 0 && x->m[x->t[w].ment].kind != ACTOR_PLACE) {
            const ment *m = &x->m[x->t[w].ment];
            by.has = 1;
            by.t0 = m->t0;
            by.t1 = m->t1;
            by.ent = ex_ent_root(x, m->ent);
            *sp = by;
            return 1;
        }
    }
    if (np_after(x, v, hi, sp))
        return 1;
    if (k == j)
        return 0;
    reset(sp);
    sp->has = 1;
    sp->t0 = j;
    sp->t1 = k;
    return 1;
}

/* "Clinton campaign manager Robby Mook": a person's name that qualifies a
 * description of another person named before v; that name's token, or -1. */
static int modifier_person(const exctx *x, const ment *m, int v)
{
    if (m->kind != ACTOR_PERSON)
        return -1;
    int head = m->t1;
    while (head < v && head < m->t1 + 4 && isw(x, head) && x->t[head].ment < 0 &&
           ((x->t[head].flags & TF_LOWER) || (lxf(x, head) & (LX_ROLE | LX_TITLE))) &&
           !(lxf(x, head) & (LX_VERB | LX_REPORT)) && !in_set(x, head, STOPS))
        head++;
    if (head > m->t1 && head < v && x->t[head].ment >= 0 && x->m[x->t[head].ment].kind == ACTOR_PERSON)
        return head;
    return -1;
}

/* The sentence's subject: its first person (or pronoun) that stands as a
 * subject, else such an organisation; a name after a preposition or a
 * verb ("of inviting Ana Ruiz's …") is no subject. */
static int sentence_subject(exctx *x, int s0, int v, spk *sp)
{
    int org = -1;
    for (int k = s0; k < v; k++) {
        if (x->t[k].quote >= 0)
            continue;
        if (x->t[k].ment >= 0) {
            const ment *m = &x->m[x->t[k].ment];
            if (m->kind == ACTOR_PLACE || !subject_like(x, k) || credit_ment(x, m)) {
                k = m->t1 - 1;
                continue;
            }
            if (modifier_person(x, m, v) >= 0) {
                k = m->t1 - 1;
                continue;
            }
            if (m->kind == ACTOR_PERSON) {
                sp->ent = ex_ent_root(x, m->ent);
                sp->has = 1;
                sp->t0 = m->t0;
                sp->t1 = m->t1;
                return 1;
            }
            if (m->kind == ACTOR_ORG && org < 0)
                org = k;
            k = m->t1 - 1;
            continue;
        }
        if (isw(x, k) && (lxf(x, k) & LX_PRONOUN) &&
            (ex_is_word(x, (size_t)k, "he") || ex_is_word(x, (size_t)k, "she")) && subject_like(x, k)) {
            sp->has = 1;
            sp->t0 = k;
            sp->t1 = k + 1;
            sp->ent = resolve_pronoun(x, x->t[k].lx->gender, k);
            return 1;
        }
    }
    if (org >= 0) {
        const ment *m = &x->m[x->t[org].ment];
        sp->ent = ex_ent_root(x, m->ent);
        sp->has = 1;
        sp->t0 = m->t0;
        sp->t1 = m->t1;
        return 1;
    }
    /* no clear subject: the first person that is neither after a
     * preposition nor a possessor */
    for (int k = s0; k < v; k++) {
        if (x->t[k].quote >= 0 || x->t[k].ment < 0)
            continue;
        const ment *m = &x->m[x->t[k].ment];
        k = m->t1 - 1;
        if (m->kind != ACTOR_PERSON || object_marked(x, m) || list_member(x, m) || modifier_person(x, m, v) >= 0)
            continue;
        sp->ent = ex_ent_root(x, m->ent);
        sp->has = 1;
        sp->t0 = m->t0;
        sp->t1 = m->t1;
        return 1;
    }
    return 0;
}

/* The subject of the nearest finite speech verb at or before token k
 * and not before lim (with position, any verb of speech or stated
 * position, up to a subordinating word: "after she attacked …"); 0 when
 * it has none. */
static int verb_before_subject(exctx *x, int k, int lim, int s0, int position, spk *sp)
{
    for (; k >= lim; k--) {
        if (x->t[k].quote >= 0)
            continue;
        if (position && in_set(x, k, FRONT))
            return 0;
        if (!(position ? is_report(x, k) : is_verb(x, k)) || is_ing(x, k))
            continue;
        if (np_before(x, k, s0, sp))
            return 1;
        memset(sp, 0, sizeof *sp);
        sp->ent = -1;
        return 0;
    }
    return 0;
}

/* Subject of a participle cue (", saying …", ", adding …"): after a
 * comma, the subject of the speech verb it hangs on; else the
 * sentence's. */
static int participle_subject(exctx *x, int v, int s0, spk *sp)
{
    /* "Sen. Ron Johnson kept asking her why …": the subject of the verb
     * it hangs on */
    static const char *const HANG[] = {"kept", "keeps", "began", "begins", "started", "starts", "was", "were",
                                       "is", "are", "went", "goes", NULL};
    if (v - 1 > s0 && in_set(x, v - 1, HANG)) {
        if (np_before(x, v - 1, s0, sp))
            return 1;
        memset(sp, 0, sizeof *sp);
        sp->ent = -1;
    }
    if (!punct(x, v - 1, ','))
        return sentence_subject(x, s0, v, sp);
    if (verb_before_subject(x, v - 2, v - WINDOW + 1 > s0 ? v - WINDOW + 1 : s0, s0, 0, sp))
        return 1;
    return sentence_subject(x, s0, v, sp);
}

/* Subject of cue verb v, within sentence [s0, s1). */
static int subject_of(exctx *x, int v, int s0, int s1, int lo, spk *sp)
{
    memset(sp, 0, sizeof *sp);
    sp->ent = -1;
    if (is_ing(x, v))
        return participle_subject(x, v, s0, sp);
    if (np_before(x, v, lo, sp))
        return 1;
    memset(sp, 0, sizeof *sp);
    sp->ent = -1;
    /* "O'Reilly said he would watch and warned the stars …": the
     * subject of the verb of speech or position before ("after she
     * attacked … and blamed"), else of the sentence ("McConnell was quick
     * to embrace him after he won and said …") */
    int j = skip_adverbs_back(x, v - 1, s0);
    if (j > s0 && ex_is_word(x, (size_t)j, "and")) {
        if (verb_before_subject(x, j - 1, s0, s0, 1, sp))
            return 1;
        if (sentence_subject(x, s0, j, sp))
            return 1;
        memset(sp, 0, sizeof *sp);
        sp->ent = -1;
    }
    memset(sp, 0, sizeof *sp);
    sp->ent = -1;
    /* an inverted verb follows a mark, a comma or nothing ("…,” said
     * Ruiz"); after a word it has a subject before it that no rule read,
     * and the name after it opens the reported clause ("Dean Cole, a
     * salesman from Leeds, says Ruiz will win") */
    int inverted = v == s0 || v == 0 || x->t[v - 1].type != T_WORD;
    /* "…, a salesman from Leeds, says Ruiz will win": a name followed by
     * its own verb opens the reported clause */
    if (inverted && np_after(x, v, s1, sp) &&
        !(sp->t1 < s1 && (in_set(x, sp->t1, AUX) || (lxf(x, sp->t1) & (LX_VERB | LX_REPORT)))))
        return 1;
    memset(sp, 0, sizeof *sp);
    sp->ent = -1;
    /* "a comment that egregiously described …": a relative clause's
     * verb speaks for what the clause hangs on, not the sentence's
     * subject */
    static const char *const REL[] = {"that", "which", NULL};
    int r = skip_adverbs_back(x, v - 1, s0);
    if (r >= s0 && in_set(x, r, REL))
        return 0;
    return sentence_subject(x, s0, v, sp);
}

/* "according to X" in [a, b): returns the token after "to", or -1. */
static int according(const exctx *x, int a, int b)
{
    for (int k = a; k + 1 < b; k++)
        if (x->t[k].quote < 0 && ex_is_word(x, (size_t)k, "according") && ex_is_word(x, (size_t)k + 1, "to"))
            return k + 1;
    return -1;
}

/* ---- captions, credits, bylines and label lines ----
 * "Photo: Jane Roe / Harbour Gazette", "With files from Sam Ortiz", "By
 * Sam Ortiz", "(Photo by … via Getty Images)", "READ MORE: …": the
 * names in them are not the article's speakers. */

static const char *const CREDIT_HEAD[] = {"photo", "photos", "photograph", "photographs", "image",
                                          "images", "picture", "pictures", "credit", "credits",
                                          "caption", "illustration", "graphic", "video", "source",
                                          "file", "courtesy", "handout", NULL};
static const char *const BYLINE_HEAD[] = {"by", "with", "written", "reporting", "editing", "additional",
                                          "compiled", "produced", "story", "contact", "follow", NULL};

/* Capitals opening a paragraph before a colon ("PENCE:", "READ MORE:")
 * speak the rest only when they name a person the article introduces
 * elsewhere, or a given name and surname. */
static int names_person(const exctx *x, const ment *m)
{
    if (m->kind != ACTOR_PERSON)
        return 0;
    if (m->t1 - m->t0 >= 2 && (lxf(x, m->t0) & LX_FIRST))
        return 1;
    int e = ex_ent_root(x, m->ent);
    return e >= 0 && x->ent_plain && x->ent_plain[e];
}

/* Which entities have a mention not written in capitals (once per text:
 * a transcript of many "NAME:" lines stays linear). */
static void find_plain(exctx *x)
{
    x->ent_plain = xcalloc(x->ne + 1, 1);
    for (size_t i = 0; i < x->nm; i++) {
        int e = ex_ent_root(x, x->m[i].ent);
        if (e >= 0 && !(x->t[x->m[i].t0].flags & TF_ALLCAPS))
            x->ent_plain[e] = 1;
    }
}

static const char *const LABELS[] = {"read", "watch", "look", "analysis", "update", "updated", "video",
                                     "photos", "listen", "related", "opinion", "breaking", "exclusive",
                                     "correction", "clarification", "editor", "see", "also", "more",
                                     "live", "trending", "sponsored", "advertisement", "note", "warning",
                                     "graphic", "explainer", "factbox", "timeline", "quiz", "poll", NULL};

/* Capitals opening a paragraph before a colon. */
static int caps_colon(const exctx *x, const ment *m)
{
    const tok *t = &x->t[m->t0];
    return (t->flags & TF_PSTART) && (t->flags & TF_ALLCAPS) && punct(x, m->t1, ':');
}

/* A label line: capitals opening the paragraph, then a colon, naming no
 * person ("READ MORE:", "WATCH:"); in a transcript of two or more
 * speakers, any capitals but a label word name the speaker. */
static int label_ment(const exctx *x, const ment *m)
{
    if (!caps_colon(x, m) || names_person(x, m))
        return 0;
    return !x->dialogue || in_set(x, m->t0, LABELS);
}

/* Two or more speakers open paragraphs with "NAME:" and full sentences. */
static void find_dialogue(exctx *x)
{
    int first = -1;
    x->dialogue = 0;
    for (size_t i = 0; i < x->nm && !x->dialogue; i++) {
        const ment *m = &x->m[i];
        if (m->kind != ACTOR_PERSON || !caps_colon(x, m) || in_set(x, m->t0, LABELS))
            continue;
        size_t e = (size_t)m->t1;
        while (e + 1 < x->nt && x->t[e + 1].para == x->t[m->t0].para)
            e++;
        const tok *l = &x->t[e];
        if (l->type != T_PUNCT || (l->ch != '.' && l->ch != '?' && l->ch != '!'))
            continue;
        int r = ex_ent_root(x, m->ent);
        if (first < 0)
            first = r;
        else if (r != first)
            x->dialogue = 1;
    }
    /* a transcript in quotation marks: paragraphs opening with a mark
     * and two different labels ("WALLACE: …, "PENCE: …) */
    int label = -1;
    for (size_t i = 0; i < x->nt && !x->dialogue; i++) {
        if (x->t[i].type != T_QUOTE || !(x->t[i].flags & TF_PSTART) || ex_turn_label(x, i) < 0 ||
            in_set(x, (int)i + 1, LABELS))
            continue;
        const tok *w = &x->t[i + 1];
        if (label < 0)
            label = (int)i + 1;
        else if (w->e - w->s != x->t[label].e - x->t[label].s ||
                 memcmp(x->text + w->s, x->text + x->t[label].s, w->e - w->s) != 0)
            x->dialogue = 1;
    }
}

static void find_credits(exctx *x)
{
    x->credit_para = xcalloc(x->n_para + 1, 1);
    for (size_t i = 0; i < x->nt; i++) {
        if (!(x->t[i].flags & TF_PSTART) || !isw(x, (int)i))
            continue;
        uint32_t p = x->t[i].para;
        size_t e = i, words = 0, end_punct = 0;
        while (e < x->nt && x->t[e].para == p) {
            words += x->t[e].type == T_WORD;
            e++;
        }
        const tok *l = &x->t[e - 1];
        end_punct = l->type == T_PUNCT && (l->ch == '.' || l->ch == '!' || l->ch == '?');
        if (in_set(x, (int)i, CREDIT_HEAD) && (punct(x, (int)i + 1, ':') || punct(x, (int)i + 2, ':') ||
                                               ex_is_word(x, i + 1, "by") || ex_is_word(x, i + 1, "credit")))
            x->credit_para[p] = 1;
        else if (words <= 10 && !end_punct && in_set(x, (int)i, BYLINE_HEAD) &&
                 (ex_is_word(x, i, "by") || ex_is_word(x, i + 1, "by") || ex_is_word(x, i + 1, "files") ||
                  ex_is_word(x, i + 2, "by") || ex_is_word(x, i, "contact") || ex_is_word(x, i, "follow")))
            x->credit_para[p] = 1;
    }
}

/* The mention stands in a caption, credit, byline or label line. */
static int credit_ment(const exctx *x, const ment *m)
{
    if (x->credit_para && x->credit_para[x->t[m->t0].para])
        return 1;
    if (label_ment(x, m))
        return 1;
    /* "(Photo by JANE ROE/Harbour Gazette)" */
    for (int k = m->t0 - 1; k >= 0 && m->t0 - k < 16 && x->t[k].para == x->t[m->t0].para; k--) {
        if (punct(x, k, ')'))
            break;
        if (punct(x, k, '('))
            return in_set(x, k + 1, CREDIT_HEAD);
    }
    return 0;
}

static void find_nospeak(exctx *x)
{
    x->nospeak = xcalloc(x->ne + 1, 1);
    uint8_t *normal = xcalloc(x->ne + 1, 1);
    for (size_t i = 0; i < x->nm; i++) {
        int e = ex_ent_root(x, x->m[i].ent);
        if (e < 0)
            continue;
        if (credit_ment(x, &x->m[i]))
            x->nospeak[e] = 1;
        else
            normal[e] = 1;
    }
    for (size_t e = 0; e < x->ne; e++)
        if (normal[e])
            x->nospeak[e] = 0;
    free(normal);
}

/* Words [t0, t1) look like a person's name the lexicons do not know:
 * capitalised words, none a known place, body, role or common word. */
static int unknown_name(const exctx *x, int t0, int t1)
{
    if (t1 - t0 > 3)
        return 0;
    for (int k = t0; k < t1; k++) {
        if (!isw(x, k) || !(x->t[k].flags & TF_CAP) || (x->t[k].flags & TF_ALLCAPS) || x->t[k].ment >= 0 ||
            (lxf(x, k) & (LX_PLACE | LX_ORG | LX_ORGNOUN | LX_ROLE | LX_ANON | LX_NONAME | LX_DEMONYM |
                          LX_PRONOUN | LX_TITLE)) || in_set(x, k, DETS))
            return 0;
    }
    return t1 > t0;
}

/* A speaker mention that describes one unnamed person no name stands
 * for: "a BBC spokeswoman", "the official for the club" (its head before
 * "for"/"of" an anonymous role in the singular; not "the Ohio governor",
 * who may be the story's). */
static int person_description(const exctx *x, const spk *sp)
{
    int head = sp->t1 - 1;
    for (int k = sp->t0 + 1; k < sp->t1; k++)
        if (ex_is_word(x, (size_t)k, "for") || ex_is_word(x, (size_t)k, "of") || punct(x, k, ',')) {
            head = k - 1;
            break;
        }
    if (head <= sp->t0 || !isw(x, head) || !(x->t[head].flags & TF_LOWER) || !in_set(x, sp->t0, DETS))
        return 0;
    const char *w = x->text + x->t[head].s;
    size_t n = x->t[head].e - x->t[head].s;
    return in_set(x, head, NOT_TOPIC) && !(n > 1 && w[n - 1] == 's' && w[n - 2] != 's');
}

static void set_speaker(exctx *x, qrec *q, const spk *sp0, int cue)
{
    spk keep = *sp0;
    const spk *sp = &keep;
    if (keep.ent >= 0 && x->nospeak && x->nospeak[keep.ent]) {
        /* a name from a caption, credit or label line speaks nothing */
        keep.ent = -1;
        keep.has = 0;
    }
    q->cue = cue;
    q->speaker = sp->ent;
    q->has_span = sp->has;
    if (sp->has) {
        q->sp_s = x->t[sp->t0].s;
        q->sp_e = x->t[sp->t1 - 1].e;
        q->sp_tok = sp->t0;
    }
    if (sp->ent >= 0 && x->e[sp->ent].kind == ACTOR_PERSON) {
        x->last_spk = sp->ent;
        x->last_spk_tok = (size_t)(cue >= 0 ? cue : sp->t0);
        if (sp->has && x->t[sp->t0].quote < 0)
            ref_add(x, sp->t0, sp->ent);
    } else if (sp->ent < 0 && sp->has &&
               (unknown_name(x, sp->t0, sp->t1) || (person_description(x, sp) && !in_set(x, cue, ASK)))) {
        /* "A BBC spokeswoman said …. She said …": the one "she" is,
         * unnamed, is the latest speaker; no one named before */
        x->last_spk = -1;
        ref_add(x, sp->t0, UNKNOWN_PERSON);
    }
}

static int words_in(const exctx *x, size_t s, size_t e, int *all_cap)
{
    int n = 0, in = 0;
    *all_cap = 1;
    for (size_t i = s; i < e; i++) {
        char c = x->text[i];
        int w = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80 ||
                (c >= '0' && c <= '9') || c == '\'';
        if (w && !in) {
            n++;
            if (c >= 'a' && c <= 'z' && n > 0) {
                /* short function words don't break title case */
                size_t k = i;
                while (k < e && x->text[k] >= 'a' && x->text[k] <= 'z')
                    k++;
                if (k - i > 3)
                    *all_cap = 0;
            }
        }
        in = w;
    }
    return n;
}

/* Token k opens a new clause after a quotation ('“The Muppets,” and
 * on Monday, CBS said …'), not a list of quoted words ('“a liar” and
 * “a fraud,” Trump said'). */
static int new_clause(const exctx *x, int k)
{
    if (!isw(x, k))
        return 0;
    char c = (char)(x->text[x->t[k].s] | 0x20); /* the words start a, b, t or w */
    if (c != 'a' && c != 'b' && c != 't' && c != 'w')
        return 0;
    return in_set(x, k, CLAUSE_CONJ) && !((size_t)k + 1 < x->nt && x->t[k + 1].type == T_QUOTE);
}

/* '"…," Digital prints cost less, said Ms Deans.': an inverted tag with a
 * clause of its own between the quotation and its verb v reports that
 * clause, not the quotation (a paragraph break lost after the quote). */
static int own_content(exctx *x, const qrec *q, int close, int v)
{
    if (q->kind != QUOTE_DIRECT || !punct(x, close - 1, ',') || !punct(x, v - 1, ',') ||
        !isw(x, close + 1) || !(x->t[close + 1].flags & TF_CAP) || (q->cue > close && q->cue < v))
        return 0;
    int words = 0;
    for (int k = close + 1; k < v - 1; k++)
        words += x->t[k].type == T_WORD;
    /* '"…," Rep. Ann Hart, Republican of Ohio, told him': a subject
     * set off by commas is the quotation's tag */
    spk sp;
    reset(&sp);
    return words >= 4 && !np_before(x, v, close + 1, &sp);
}

/* A tag right after the quote: "…," said Rubio / Rubio said / he added. */
static int tag_after(exctx *x, qrec *q, int close, int s1)
{
    spk sp;
    if (q->c < 0)
        return 0;
    int lim = close + 12;
    for (int k = close + 1; k < s1 && k < lim; k++) {
        const tok *t = &x->t[k];
        /* "McConnell, R-Ky., said": an abbreviation's dot ends nothing */
        int abbr = t->type == T_PUNCT && t->ch == '.' && (t->flags & TF_NOSPACE) && punct(x, k + 1, ',');
        if (t->type == T_QUOTE ||
            (t->type == T_PUNCT && !abbr && (t->ch == '.' || t->ch == ';' || t->ch == '?' || t->ch == '!')))
            break;
        if (t->para != x->t[close].para)
            break;
        if (new_clause(x, k))
            break;
        if (!is_verb(x, k))
            continue;
        /* "the folly of inviting Ana Ruiz's …": a
         * gerund after a preposition tags nothing */
        if (is_ing(x, k) && in_set(x, k - 1, PREPS))
            continue;
        int between = 0;
        for (int b = close + 1; b < k; b++)
            between += x->t[b].type == T_WORD;
        memset(&sp, 0, sizeof sp);
        sp.ent = -1;
        int ok = 0;
        /* '… for Clinton, said Kunin': a verb after a comma with a name
         * after it is inverted; '…,” Ruiz, the mayor, said' is not */
        if (between && own_content(x, q, close, k))
            return 0;
        if (between && punct(x, k - 1, ',') && np_after(x, k, s1, &sp) && sp.ent >= 0 &&
            x->e[sp.ent].kind == ACTOR_PERSON)
            ok = 1;
        else {
            reset(&sp);
            ok = between ? np_before(x, k, close + 1, &sp) : np_after(x, k, s1, &sp);
        }
        /* '“…,” it read.': a document speaks; no person to name */
        if (!ok && k == close + 2 && ex_is_word(x, (size_t)close + 1, "it")) {
            reset(&sp);
            sp.has = 1;
            sp.t0 = close + 1;
            sp.t1 = k;
            ok = 1;
        }
        if (!ok && between) {
            memset(&sp, 0, sizeof sp);
            sp.ent = -1;
            ok = np_after(x, k, s1, &sp);
        }
        if (ok)
            set_speaker(x, q, &sp, k);
        return ok;
    }
    return 0;
}

/* The nearest cue before the quote in its sentence, with its subject. */
/* The speech verb whose reported clause holds token `from`: "Park said
 * Kim's mental state is “spiraling …”", "Trump said that Clinton once
 * described the pact as “the gold standard”": a nearer verb inside the
 * clause ("state", "described") belongs to the content.  Any clause
 * boundary (a comma, a colon, a quotation mark) in between ends the
 * search: "After Ruiz spoke, Cole called it “a farce”" is Cole's. */
static int outer_cue(exctx *x, int from, int w0, spk *sp)
{
    for (int k = from - 1; k >= w0; k--) {
        const tok *t = &x->t[k];
        if (t->type == T_QUOTE || (t->type == T_PUNCT && t->ch != '.' && t->ch != '\'') ||
            x->t[k].quote >= 0)
            return -1;
        if (is_report(x, k)) {
            memset(sp, 0, sizeof *sp);
            sp->ent = -1;
            /* "tweeted on Friday saying that …": the participle's subject */
            if (is_ing(x, k) ? !in_set(x, k - 1, PREPS) && participle_subject(x, k, w0, sp)
                             : np_before(x, k, w0, sp))
                return k;
        }
    }
    return -1;
}

static int cue_before(exctx *x, qrec *q, int w0, int w1)
{
    spk sp;
    for (int k = q->o - 1; k >= w0; k--) {
        if (x->t[k].quote >= 0 && x->t[k].type != T_QUOTE)
            continue;
        /* a partial quote may be a stated position's: 'condemned the
         * test as "provocative"' */
        int cue = (lxf(x, k) & (LX_VERB | LX_REPORT)) || phrasal_speech(x, k);
        cue = cue && (is_verb(x, k) || (q->kind == QUOTE_PARTIAL && is_report(x, k)));

        if (cue && subject_of(x, k, w0, w1, w0, &sp)) {
            spk out;
            int from = sp.has && sp.t0 < k ? sp.t0 : k;
            int o = q->kind == QUOTE_PARTIAL ? outer_cue(x, from, w0, &out) : -1;
            /* "Trump said that Clinton described the pact as …": the
             * outermost speaker */
            for (int n = 0; o >= 0 && n < 3; n++) {
                spk up;
                int o2 = outer_cue(x, out.t0 < o ? out.t0 : o, w0, &up);
                if (o2 < 0)
                    break;
                o = o2;
                out = up;
            }
            if (o >= 0) {
                set_speaker(x, q, &out, o);
                return 1;
            }
            set_speaker(x, q, &sp, k);
            return 1;
        }
    }
    return 0;
}

/* A tag inside the marks: "The location is still being discussed, this
 * official said, but …".  The tag (from comma to comma) is left out of
 * the quote's pieces and names its speaker. */
static int inner_tag(exctx *x, qrec *q)
{
    if (q->c < 0 || q->c - q->o < 8)
        return 0;
    for (int a = q->o + 3; a < q->c - 3; a++) {
        if (!punct(x, a, ','))
            continue;
        int b = a + 1;
        while (b < q->c && b - a <= 7 && !punct(x, b, ',') && x->t[b].type != T_PUNCT)
            b++;
        /* "Then, he said, 'We will …'": the speaker reports
         * someone else's words */
        if (!punct(x, b, ',') || b - a < 3 || q->c - b < 3 || punct(x, b + 1, '\''))
            continue;
        for (int v = a + 1; v < b; v++) {
            if (!(lxf(x, v) & LX_VERB) || !(x->t[v].flags & TF_LOWER) || is_ing(x, v))
                continue;
            spk sp;
            memset(&sp, 0, sizeof sp);
            sp.ent = -1;
            int ok = v == a + 1 ? np_after(x, v, b, &sp) : (v == b - 1 && np_before(x, v, a + 1, &sp));
            /* "I said" inside a quotation is the speaker quoting themselves */
            if (!ok || (v == b - 1 && !(sp.t0 == a + 1 && sp.t1 == v)) || (v == a + 1 && sp.t1 != b) ||
                ex_is_word(x, (size_t)sp.t0, "i") || ex_is_word(x, (size_t)sp.t0, "we") ||
                ex_is_word(x, (size_t)sp.t0, "you"))
                break;
            q->gap_s = x->t[a].s;
            q->gap_e = x->t[b + 1].s;
            set_speaker(x, q, &sp, v);
            return 1;
        }
    }
    return 0;
}

/* A quoted transcript turn, '"WALLACE: Let's start …': the label names
 * the speaker and is no part of the words. */
static int quoted_turn(exctx *x, qrec *q)
{
    int colon = ex_turn_label(x, (size_t)q->o);
    int k = q->o + 1;
    if (!x->dialogue || colon < 0 || !(x->t[q->o].flags & TF_PSTART) || in_set(x, k, LABELS) ||
        (size_t)colon + 1 >= x->nt || (q->c >= 0 && colon + 1 >= q->c))
        return 0;
    spk sp;
    reset(&sp);
    sp.has = 1;
    sp.t0 = k;
    sp.t1 = colon;
    if (x->t[k].ment >= 0 && x->m[x->t[k].ment].kind == ACTOR_PERSON && x->m[x->t[k].ment].t1 == colon)
        sp.ent = ex_ent_root(x, x->m[x->t[k].ment].ent);
    q->s = x->t[colon + 1].s;
    q->kind = QUOTE_DIRECT;
    set_speaker(x, q, &sp, -1);
    return 1;
}

static void attribute_one(exctx *x, size_t qi)
{
    qrec *q = &x->q[qi];
    int S = (int)x->t[q->o].sent;
    int s0 = (int)x->sent_start[S], s1 = (int)x->sent_start[S + 1];
    int close = q->c >= 0 ? q->c : q->o;
    if (q->c < 0) {
        /* the quote's last token */
        int k = q->o;
        while ((size_t)k + 1 < x->nt && x->t[k + 1].quote == (int)qi)
            k++;
        close = k;
    }
    spk sp;
    /* kind: a quote that stands as its own sentence, or after a tag's
     * comma or colon, is direct; one inside running words is partial */
    int prev = q->o - 1;
    int cap_start = (size_t)q->o + 1 < x->nt && (x->t[q->o + 1].flags & (TF_CAP | TF_NUM));
    int direct = prev < s0 || q->o == s0 || punct(x, prev, ':') || punct(x, prev, '-') ||
                 x->t[prev].type == T_QUOTE || (x->t[prev].para != x->t[q->o].para) ||
                 ((punct(x, prev, ',') || is_verb(x, prev)) && cap_start);
    q->kind = direct ? QUOTE_DIRECT : QUOTE_PARTIAL;
    if (quoted_turn(x, q))
        return;
    if (q->kind == QUOTE_DIRECT && inner_tag(x, q))
        return;

    /* 1. a dash and a name after the quote: "…” ― Sonya Herridge" */
    /* or on a line of its own, "…”\n\n- Sanders.": a name the lists do
     * not know still names the speaker's mention */
    int dash_line = 0;
    int own_line = (size_t)close + 1 < x->nt && x->t[close + 1].para == x->t[close].para + 1;
    if (q->c >= 0 && (size_t)close + 2 < x->nt && punct(x, close + 1, '-') &&
        (own_line || x->t[close + 1].para == x->t[close].para)) {
        int e = close + 2;
        while ((size_t)e < x->nt && e < close + 8 && x->t[e].para == x->t[close + 1].para &&
               ((isw(x, e) && (x->t[e].flags & TF_CAP)) || (punct(x, e, '.') && (x->t[e - 1].flags & TF_INITIAL))))
            e++;
        /* "- Sanders.", "-Michelle Marks, Philadelphia."; in the quote's
         * paragraph, a credit that ends it: "…” ― Julie A. Diaz Martinez." */
        int para_end = (size_t)e >= x->nt || x->t[e].para != x->t[close + 1].para ||
                       (punct(x, e, '.') && ((size_t)e + 1 >= x->nt || x->t[e + 1].para != x->t[close + 1].para));
        dash_line = e > close + 2 && (own_line ? para_end || punct(x, e, '.') || punct(x, e, ',') : para_end);
        if (dash_line && x->t[close + 2].ment < 0) {
            reset(&sp);
            sp.has = 1;
            sp.t0 = close + 2;
            sp.t1 = e;
            for (int k = close + 2; k < e; k++)
                if (x->t[k].ment >= 0 && x->m[x->t[k].ment].kind == ACTOR_PERSON) {
                    sp.ent = ex_ent_root(x, x->m[x->t[k].ment].ent);
                    break;
                }
            set_speaker(x, q, &sp, -1);
            return;
        }
    }
    if (q->c >= 0 && (size_t)close + 1 < x->nt && punct(x, close + 1, '-') &&
        (x->t[close + 1].para == x->t[close].para || dash_line) &&
        (size_t)close + 2 < x->nt && x->t[close + 2].ment >= 0) {
        const ment *m = &x->m[x->t[close + 2].ment];
        if (m->kind != ACTOR_PLACE) {
            sp.ent = ex_ent_root(x, m->ent);
            sp.has = 1;
            sp.t0 = m->t0;
            sp.t1 = m->t1;
            set_speaker(x, q, &sp, -1);
            return;
        }
    }
    /* 2. the tag before, and other cues in the sentence; a partial
     * quote takes the cue before it first ("Cruz said Rubio will be
     * “a champion”, he added" is Cruz's) */
    int w0 = q->o - WINDOW > s0 ? q->o - WINDOW : s0;
    int w1 = close + WINDOW < s1 ? close + WINDOW : s1;
    if (q->kind == QUOTE_PARTIAL && cue_before(x, q, w0, w1)) {
        /* '… the treaty is "the end" for the EU, said Geert Wilders': a
         * tag naming a person wins over a cue before whose subject is
         * none */
        int person = q->speaker >= 0 && x->e[ex_ent_root(x, q->speaker)].kind == ACTOR_PERSON;
        if (!person && (q->sp_tok < 0 || !(lxf(x, q->sp_tok) & LX_PRONOUN))) {
            /* a trial: undone, with what it recorded, unless it names one */
            qrec keep = *q;
            int last = x->last_spk;
            size_t last_tok = x->last_spk_tok, nref = x->nref;
            struct sref *refs = nref ? xmalloc(nref * sizeof *refs) : NULL;
            if (nref)
                memcpy(refs, x->refs, nref * sizeof *refs);
            int named = tag_after(x, q, close, s1) && q->speaker >= 0 &&
                        x->e[ex_ent_root(x, q->speaker)].kind == ACTOR_PERSON;
            if (!named) {
                *q = keep;
                x->last_spk = last;
                x->last_spk_tok = last_tok;
                x->nref = nref;
                if (nref)
                    memcpy(x->refs, refs, nref * sizeof *refs);
            }
            free(refs);
        }
        return;
    }
    /* '“Stop!” Ruiz said.', '“Why?” asked Ruiz.': a tag after an
     * exclamation or a question is the next sentence, by the splitter's
     * count; its subject opens it (after a full stop it is a new
     * sentence: '“… in June.” He left.') */
    int s1t = s1;
    if (q->c >= 0 && close > q->o + 1 &&
        (punct(x, close - 1, '!') || punct(x, close - 1, '?')) &&
        (size_t)s1 < x->nt && s1 == close + 1 && x->t[s1].para == x->t[close].para) {
        int s2 = (int)x->sent_start[x->t[s1].sent + 1];
        for (int v = s1; v < s2 && v < s1 + 7; v++) {
            if (!is_verb(x, v))
                continue;
            spk t;
            reset(&t);
            int lead = 0; /* "Leeds councillor Ben Cole asked" */
            if (v > s1 && np_before(x, v, s1, &t) && t.t0 >= s1 && t.t0 - s1 <= 4) {
                lead = 1;
                for (int w = s1; w < t.t0 && lead; w++)
                    lead = isw(x, w) && !is_verb(x, w);
            }
            if (lead ||
                (v > s1 && v == s1 + 1 && ex_is_word(x, (size_t)s1, "it")) ||
                (v == s1 && (size_t)v + 1 < x->nt && x->t[v + 1].ment >= 0))
                s1t = s2; /* '“Stop!” said Ruiz.' */
            break;
        }
    }
    if (tag_after(x, q, close, s1t))
        return;
    if (q->kind != QUOTE_PARTIAL && cue_before(x, q, w0, w1))
        return;
    int acc = according(x, w0, w1);
    if (acc >= 0 && np_after(x, acc, w1, &sp)) {
        set_speaker(x, q, &sp, acc - 1);
        return;
    }
    for (int k = close + 1; k < w1; k++) {
        if (x->t[k].quote >= 0)
            continue;
        if (is_verb(x, k) && subject_of(x, k, w0, w1, close + 1, &sp)) {
            /* '“Harbour Lights,” and on Monday, Ruiz said the ferry would
             * run': a verb that reports a clause of its own after it is no
             * tag of the words before */
            int st;
            if (sp.has && sp.t0 < k && (st = clause_after(x, k, w1)) > k && st < w1)
                break;
            if (sp.has && sp.t0 > k && own_content(x, q, close, k))
                break;
            set_speaker(x, q, &sp, k);
            return;
        }
    }
    /* a name or subject before a colon: "Harbour United boss Ana Ruiz:
     * "…"", "He went on: "…"" */
    if (punct(x, q->o - 1, ':') && q->o - 1 > s0) {
        int j = q->o - 2;
        memset(&sp, 0, sizeof sp);
        sp.ent = -1;
        /* capitals name a speaker only when they name a person the
         * article introduces, or in a transcript */
        const ment *cm = x->t[j].ment_end >= 0 ? &x->m[x->t[j].ment_end] : NULL;
        int caps = (x->t[j].flags & TF_ALLCAPS) && !x->dialogue && !(cm && names_person(x, cm));
        if (caps)
            cm = NULL;
        /* "… delivered a message to Donald Trump: “…”": the one spoken to
         * is no speaker */
        if (cm && cm->kind == ACTOR_PERSON && !object_marked(x, cm)) {
            const ment *m = cm;
            sp.ent = ex_ent_root(x, m->ent);
            sp.has = 1;
            sp.t0 = m->t0;
            sp.t1 = m->t1;
            set_speaker(x, q, &sp, -1);
            return;
        }
        int k = j;
        while (k > s0 && j - k < 3 && isw(x, k - 1) && (x->t[k - 1].flags & TF_CAP))
            k--;
        if (isw(x, j) && unknown_name(x, k, j + 1)) {
            /* "Radio controller Zorblax Quint:": a name no list knows */
            sp.has = 1;
            sp.t0 = k;
            sp.t1 = j + 1;
            set_speaker(x, q, &sp, -1);
            return;
        }
        if (!caps && sentence_subject(x, s0, q->o - 1, &sp)) {
            set_speaker(x, q, &sp, -1);
            return;
        }
    }
    /* 3. an introduction in the sentence before: "Stated Stone:",
     * "Howard continued his scathing remarks." */
    if (q->o == s0 && S > 0) {
        int pe = s0 - 1;
        int ps = (int)x->sent_start[S - 1], clean = 1;
        if (pe - ps > WINDOW)
            ps = pe - WINDOW;
        for (int k = ps; k < pe && clean; k++)
            clean = x->t[k].type != T_QUOTE;
        if (punct(x, pe, ':') || (punct(x, pe, '.') && clean && x->t[pe].para + 1 >= x->t[q->o].para)) {
            int ps0 = ps;
            for (int k = pe - 1; k >= ps0; k--) {
                if (x->t[k].quote >= 0 || (is_ing(x, k) && in_set(x, k - 1, PREPS)))
                    continue;
                if (is_verb(x, k) && subject_of(x, k, ps0, pe, ps0, &sp)) {
                    set_speaker(x, q, &sp, k);
                    return;
                }
            }
        }
    }
    /* a tag after the quote that names no one we can read ('…,” said
     * the harbour's night-shift foreman') still says the words are not
     * the last speaker's: its words are the mention, the speaker unknown */
    if (q->c >= 0 && (size_t)close + 2 < x->nt && punct(x, close - 1, ',') && is_verb(x, close + 1) &&
        x->t[close + 1].sent == x->t[close].sent) {
        int e = close + 2;
        while ((size_t)e < x->nt && e < close + 12 && x->t[e].sent == x->t[close].sent && isw(x, e))
            e++;
        if (e > close + 2) {
            reset(&sp);
            sp.has = 1;
            sp.t0 = close + 2;
            sp.t1 = e;
            set_speaker(x, q, &sp, close + 1);
        }
        return;
    }
    /* 4. a continuation: the quote this one carries on */
    const qrec *from = NULL;
    if (q->cont_prev >= 0)
        from = &x->q[q->cont_prev];
    else if (qi > 0 && q->o == s0 && q->kind == QUOTE_DIRECT) {
        const qrec *p = &x->q[qi - 1];
        if (!p->drop && p->para + 1 >= q->para && (p->speaker >= 0 || p->has_span))
            from = p;
    }
    /* '"…," Digital prints cost less, said Ms Deans. "It can cost …"': a
     * speaker named after the previous quotation, not as its tag, is the
     * latest; the previous quotation's speaker is not carried over it */
    if (from && q->cont_prev < 0 && from->c >= 0 && from->c + 2 < q->o) {
        int fs = (int)x->t[from->c].sent;
        for (int k = from->c + 1; k < q->o; k++) {
            if (x->t[k].quote >= 0 || (int)x->t[k].sent != fs || k == from->cue || !is_verb(x, k))
                continue;
            if (!own_content(x, from, from->c, k))
                continue;
            int ps0 = (int)x->sent_start[fs], ps1 = (int)x->sent_start[fs + 1];
            if (subject_of(x, k, ps0, ps1, from->c + 1, &sp) && sp.ent >= 0 &&
                x->e[ex_ent_root(x, sp.ent)].kind == ACTOR_PERSON) {
                set_speaker(x, q, &sp, k);
                return;
            }
        }
    }
    /* across a paragraph only when no one else is reported speaking in
     * between ("A BBC spokeswoman said …. She said …. "Hopefully …"") */
    if (from && from->para < q->para) {
        for (size_t k = x->nind; k-- > 0;) {
            const qrec *r = &x->ind[k];
            if (r->sp_tok < 0 || x->t[r->sp_tok].para < q->para)
                break;
            if (r->has_span && r->sp_tok < q->o && r->speaker != from->speaker) {
                from = NULL;
                break;
            }
        }
    }
    if (from) {
        q->stmt = from->stmt;
        /* '"A," he said. "B."' in one paragraph: one quotation */
        if (from->para == q->para && q->cont_prev < 0)
            q->join = from->join;
        q->speaker = from->speaker;
        q->has_span = from->has_span;
        q->sp_s = from->sp_s;
        q->sp_e = from->sp_e;
        q->sp_tok = from->sp_tok;
        return;
    }
    /* 5. an untagged quotation right after a sentence about a person:
     * that sentence's subject, when it is the salient one */
    if (q->kind == QUOTE_DIRECT && q->o == s0 && S > 0) {
        int at;
        int e = resolve_salient(x, G_NONE, q->o, 0, &at);
        /* "Maria left Lagos. Her brother, Emeka, stayed. "I remember …"":
         * another person the subject of the sentence before that one, in
         * the same paragraph, leaves no decisive cue */
        if (e >= 0 && at >= 0 && S >= 2) {
            int p0 = (int)x->sent_start[S - 2], p1 = (int)x->sent_start[S - 1];
            spk o;
            reset(&o);
            if (x->t[p0].para == x->t[at].para && sentence_subject(x, p0, p1, &o) && o.ent >= 0 && o.ent != e &&
                x->e[o.ent].kind == ACTOR_PERSON)
                e = -1;
        }
        if (e >= 0 && at >= 0 && (int)x->t[at].sent == S - 1 && x->t[at].para + 1 >= q->para) {
            sp.ent = e;
            sp.has = 1;
            sp.t0 = at;
            sp.t1 = x->t[at].ment >= 0 ? x->m[x->t[at].ment].t1 : at + 1;
            q->speaker = e;
            q->has_span = 1;
            q->sp_s = x->t[sp.t0].s;
            q->sp_e = x->t[sp.t1 - 1].e;
            q->sp_tok = sp.t0;
        }
    }
}

/* The first token of [from, to) after its last quotation mark, else from:
 * a clause never reaches back into another quotation. */
static int after_mark(const exctx *x, int from, int to)
{
    for (int k = to - 1; k >= from; k--)
        if (x->t[k].type == T_QUOTE)
            return k + 1;
    return from;
}

/* A partial quote stands for the reported clause around it: from its cue
 * ("described the meeting as", "said that") to the sentence's end or the
 * next quotation, or, with the tag after it, from the sentence's start.
 * Marks at the clause's edges stay outside. */
static void extend_partial(exctx *x, qrec *q)
{
    if (q->kind != QUOTE_PARTIAL || q->cue < 0 || q->c < 0)
        return;
    int S = (int)x->t[q->o].sent;
    int s0 = (int)x->sent_start[S], s1 = (int)x->sent_start[S + 1];
    int v = q->cue;
    if (v < s0 || v >= s1)
        return;
    if (q->o - WINDOW > s0)
        s0 = q->o - WINDOW;
    if (q->c + WINDOW < s1)
        s1 = q->c + WINDOW;
    if (v < s0 || v >= s1)
        return;
    int st, en;
    if (v < q->o && v > s0 + 1 && punct(x, v - 1, ',') && q->sp_tok > v) {
        /* "The paradox, says Carl Anthony, a historian, is that she was
         * “…”": a tag set into the clause; the clause is from its start */
        st = after_mark(x, s0, q->o);
        en = q->c;
    } else if (v < q->o) {
        st = v + 1;
        /* "said that …"; but "described Ruiz as …" keeps the one
         * described */
        for (int k = v + 1; k < q->o && k < v + 8; k++)
            if (ex_is_word(x, (size_t)k, "that")) {
                st = k + 1;
                break;
            }
        st = after_mark(x, st, q->o);
        en = s1 - 1;
        /* 'said "we will rebuild the bridge" on Monday': a quoted clause
         * right after the cue is the whole content; a short time or place
         * after the mark is the writer's */
        int all_cap;
        if (st >= q->o && words_in(x, q->s, q->e, &all_cap) >= 4 &&
            (in_set(x, q->c + 1, PREPS) || in_set(x, q->c + 1, TIME)) &&
            sentence_end_tok(x, q->c, s1) - q->c <= 4)
            en = q->c;
        for (int k = q->c + 1; k < s1; k++)
            if (x->t[k].type == T_QUOTE) {
                en = q->c; /* another quotation follows: it has its own clause */
                break;
            }
        /* "Blair, who has described Africa as a "scar" on its conscience,
         * has said …": a relative clause ends at its comma */
        int rel = 0;
        for (int r = v - 1; r >= s0 && r >= v - 3 && !rel; r--)
            rel = (ex_is_word(x, (size_t)r, "who") || ex_is_word(x, (size_t)r, "which")) && punct(x, r - 1, ',');
        for (int k = q->c + 1; rel && k < en; k++)
            if (punct(x, k, ',')) {
                en = k - 1;
                break;
            }
    } else {
        st = after_mark(x, s0, q->o);
        en = q->c;
    }
    while (en > q->c && x->t[en].type == T_PUNCT && x->t[en].ch != ')')
        en--;
    while (st < q->o && x->t[st].type == T_PUNCT)
        st++;
    if (st < q->o && x->t[st].s < q->s)
        q->s = x->t[st].s;
    if (en > q->c && x->t[en].e > q->e)
        q->e = x->t[en].e;
}

static void attribute_quote(exctx *x, size_t i)
{
    {
        attribute_one(x, i);
        qrec *q = &x->q[i];
        if (q->cue >= 0)
            x->t[q->cue].flags |= TF_QCUE;
        /* "A," he said, "B": one statement split by its tag */
        if (i > 0 && q->cue >= 0 && x->q[i - 1].cue == q->cue) {
            q->stmt = x->q[i - 1].stmt;
            q->join = x->q[i - 1].join;
        }
        int all_cap;
        int nw = words_in(x, q->s, q->e, &all_cap);
        /* scare quotes and titles: short, untagged, inside a sentence */
        if (q->kind == QUOTE_PARTIAL && q->cue < 0 && !q->has_span && q->cont_prev < 0)
            q->drop = 1;
        else if (q->kind == QUOTE_PARTIAL && all_cap && nw <= 5 && q->cue < 0)
            q->drop = 1;
        else if (q->kind == QUOTE_DIRECT && q->cue < 0 && !q->has_span && nw <= 2 && q->c >= 0)
            q->drop = 1;
        /* the second piece of a split quotation is quoted words only */
        if (!q->drop && q->join == (int)i)
            extend_partial(x, q);
    }
}

static void indirect_sentence(exctx *x, int s0, int s1);
static void indirect_clauses(exctx *x, int s0, int s1, int depth);

/* ---- indirect speech ---- */

/* Reported content [s, e) overlaps a quotation kept so far. */
static int over_quote(const exctx *x, size_t s, size_t e)
{
    size_t lo = 0, hi = x->nq;
    while (lo < hi) { /* first record starting at or after s */
        size_t mid = (lo + hi) / 2;
        if (x->q[mid].s < s)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo > 2 ? lo - 2 : 0; i < x->nq && x->q[i].s < e; i++)
        if (!x->q[i].drop && x->q[i].e > s)
            return 1;
    return 0;
}

static int add_ind(exctx *x, size_t s, size_t e, int cue, const spk *sp)
{
    while (s < e && (x->text[s] == ' ' || x->text[s] == '\n'))
        s++;
    while (e > s && (x->text[e - 1] == ' ' || x->text[e - 1] == '\n' || x->text[e - 1] == '.' ||
                     x->text[e - 1] == ','))
        e--;
    if (e <= s + 10 || over_quote(x, s, e))
        return 0;
    /* reported content holds no quote mark and introduces none ("told
     * the BBC News website: "…"") */
    for (size_t b = s; b < e; b++)
        if (x->text[b] == '"' || ((unsigned char)x->text[b] == 0xE2 && b + 2 < e &&
                                  (unsigned char)x->text[b + 1] == 0x80 &&
                                  ((unsigned char)x->text[b + 2] == 0x9C || (unsigned char)x->text[b + 2] == 0x9D)))
            return 0;
    size_t a = e;
    while (a < x->len && (x->text[a] == ' ' || x->text[a] == '\n'))
        a++;
    if (a < x->len && (x->text[a] == ':' || x->text[a] == '"' || (unsigned char)x->text[a] == 0xE2))
        return 0;
    if (x->nind == x->capind) {
        x->capind = x->capind ? x->capind * 2 : 32;
        x->ind = xrealloc(x->ind, x->capind * sizeof *x->ind);
    }
    qrec *q = &x->ind[x->nind++];
    memset(q, 0, sizeof *q);
    q->s = s;
    q->e = e;
    q->kind = QUOTE_INDIRECT;
    q->cont_prev = -1;
    q->c = -1;
    q->o = -1;
    q->speaker = -1;
    q->sp_tok = -1;
    set_speaker(x, q, sp, cue);
    return 1;
}

static int sentence_end_tok(const exctx *x, int s0, int s1)
{
    int e = s1 - 1;
    while (e > s0 && x->t[e].type == T_PUNCT && (x->t[e].ch == '.' || x->t[e].ch == '!' || x->t[e].ch == '?'))
        e--;
    return e;
}



static int tell_verb(const exctx *x, int v)
{
    static const char *const tell[] = {"told", "tells", "tell", "telling", "informed", "assured",
                                       "reassured", "reminded", "warned", "promised", "urged", NULL};
    return in_set(x, v, tell);
}

static int skip_time(const exctx *x, int k, int last)
{
    int n = 0;
    while (k < last && n < 3 && in_set(x, k, TIME))
        k++, n++;
    return k;
}

/* Object pronouns: "told him the plan would fail" names who was told. */
static const char *const OBJ_PRON[] = {"him", "her", "them", "me", "us", "you", NULL};

/* Words that open a reported clause. */
static const char *const SUBJ_START[] = {"he", "she", "they", "it", "we", "i", "there", "this",
                                         "these", "those", "no", "all", "both", "most", "many",
                                         "some", "his", "her", "their", "its", "our", "my", "your",
                                         "the", "a", "an", "if", "none", "nobody", "everyone", "each",
                                         "any", "more", "only", "trump", "clinton", NULL};

/* Where the reported clause after cue v starts, or -1. */
static int clause_after(exctx *x, int v, int last)
{
    static const char *const PREP[] = {"in", "on", "at", "during", "after", "before", "of", "to",
                                       "from", "via", "through", "with", "about", NULL};
    static const char *const OBJ[] = {"him", "her", "them", "me", "us", "reporters", "supporters",
                                      "voters", "journalists", "the", "a", "an", "his", "their",
                                      "an", "crowd", "audience", "members", "viewers", "listeners",
                                      "readers", "lawmakers", NULL};
    int k = skip_time(x, v + 1, last);
    if (in_set(x, v, ASK)) {
        /* "asked (the minister) whether …": the question is reported */
        int j = k;
        if (j < last && x->t[j].ment >= 0)
            j = x->m[x->t[j].ment].t1;
        for (int n = 0; j < last && n < 4 && isw(x, j) && !in_set(x, j, WH) && !(lxf(x, j) & LX_VERB); n++)
            j++; /* the one asked: "him", "the minister" */
        if (j < last && in_set(x, j, WH))
            return j;
    }
    if (tell_verb(x, v)) {
        int caps = k;
        while (caps < last && caps < k + 4 && isw(x, caps) && (x->t[caps].flags & TF_CAP) &&
               !(lxf(x, caps) & LX_PRONOUN))
            caps++;
        /* "promised the powers would only be used": no one told, the
         * clause's own subject and its verb */
        int aux_soon = 0;
        for (int j = k + 1; j < last && j <= k + 3 && !aux_soon && isw(x, j) && !ex_is_word(x, (size_t)j, "that") &&
                            !(lxf(x, j) & LX_PRONOUN); j++)
            aux_soon = in_set(x, j, AUX) && x->t[k].ment < 0 && !in_set(x, k, OBJ_PRON);
        /* "reassured traders that …", "told the harbour board that …" */
        int that = -1;
        for (int j = k + 1; j < last && j <= k + 6 && that < 0 && isw(x, j) &&
                            !(lxf(x, j) & (LX_VERB | LX_REPORT | LX_PRONOUN)); j++)
            if (ex_is_word(x, (size_t)j, "that"))
                that = j;
        if (that > 0 && !aux_soon) {
            k = that;
        } else if (aux_soon) {
            /* the clause starts here */
        } else if (k < last && x->t[k].ment >= 0) {
            k = x->m[x->t[k].ment].t1;
        } else if (caps > k && caps < last && (in_set(x, caps, SUBJ_START) || ex_is_word(x, (size_t)caps, "that"))) {
            k = caps; /* "told Times Radio she was worried" */
        } else {
            int n = 0;
            while (k < last && n < 5 && isw(x, k) && !ex_is_word(x, (size_t)k, "that") &&
                   (in_set(x, k, OBJ) || n > 0) && !(lxf(x, k) & LX_VERB) &&
                   !(n > 0 && (ex_is_word(x, (size_t)k, "in") || ex_is_word(x, (size_t)k, "at"))))
                k++, n++;
        }
        k = skip_time(x, k, last);
        /* "told reporters in Halifax the province would …": where */
        if (k + 1 < last && (ex_is_word(x, (size_t)k, "in") || ex_is_word(x, (size_t)k, "at")) &&
            (x->t[k + 1].flags & TF_CAP)) {
            int j = k + 1;
            while (j < last && j < k + 5 && isw(x, j) && (x->t[j].flags & TF_CAP))
                j++;
            if (j < last && (in_set(x, j, SUBJ_START) || ex_is_word(x, (size_t)j, "that")))
                k = skip_time(x, j, last);
        }
    }
    if (k >= last)
        return -1;
    if (ex_is_word(x, (size_t)k, "that"))
        return k + 1 < last ? k + 1 : -1;
    /* "called for an inquiry", "called on the council to act" */
    static const char *const CALL[] = {"call", "calls", "called", "calling", NULL};
    if (in_set(x, v, CALL) && (ex_is_word(x, (size_t)k, "for") || ex_is_word(x, (size_t)k, "on")) &&
        k + 1 < last && isw(x, k + 1))
        return k + 1;
    if (punct(x, k, ',') || in_set(x, k, PREP)) {
        for (int j = k; j < last && j < k + 12; j++) {
            if (x->t[j].type == T_QUOTE)
                break;
            if (ex_is_word(x, (size_t)j, "that"))
                return j + 1 < last ? j + 1 : -1;
        }
        return -1;
    }
    if (!isw(x, k))
        return -1;
    if (in_set(x, k, SUBJ_START) || (x->t[k].flags & (TF_CAP | TF_NUM)))
        return k;
    /* "said business had doubled": a bare noun and its verb (not "…,
     * which are denied", "…, where it is legal") */
    static const char *const REL[] = {"which", "who", "whom", "whose", "where", "when", "while", "how",
                                      "what", "why", NULL};
    if (tell_verb(x, v) || in_set(x, k, REL) || in_set(x, k, TIME_NOUNS) || in_set(x, k, STOPS) ||
        !(x->t[k].flags & TF_LOWER))
        return -1;
    for (int j = k + 1; j < last && j <= k + 3 && isw(x, j) && !in_set(x, j - 1, PREPS); j++)
        if (in_set(x, j, AUX))
            /* "think this meeting is …": the determiner skip_time passed */
            return k - 1 > v && (ex_is_word(x, (size_t)k - 1, "this") || ex_is_word(x, (size_t)k - 1, "last")) ? k - 1 : k;
    return -1;
}

/* "made it clear he …", "is confident that …", "was adamant the …": a
 * stated position in a phrase; v is its last word, the result the verb
 * whose subject holds it, or -1. */
static int phrase_cue_at(const exctx *x, int v);

/* The lexicon's flag first (this runs for most tokens). */
static inline int phrase_cue(const exctx *x, int v)
{
    return (lxf(x, v) & LX_STANCE) ? phrase_cue_at(x, v) : -1;
}

static int phrase_cue_at(const exctx *x, int v)
{
    static const char *const BE[] = {"is", "was", "are", "were", "remains", "remained", "am", NULL};
    static const char *const MAKE[] = {"made", "make", "makes", "making", NULL};
    static const char *const DEGREE[] = {"so", "very", "quite", "increasingly", "fully", "still", NULL};
    if (!isw(x, v) || !(x->t[v].flags & TF_LOWER) || x->t[v].quote >= 0 || (size_t)v + 2 >= x->nt)
        return -1;
    int n = v + 1; /* the clause opens after it */
    if (!(ex_is_word(x, (size_t)n, "that") || ((x->t[n].flags & TF_LOWER) && in_set(x, n, SUBJ_START))))
        return -1;
    int p = v - 1;
    if (ex_is_word(x, (size_t)v, "clear")) {
        if (p > 0 && ex_is_word(x, (size_t)p, "it"))
            p--;
        return p >= 0 && in_set(x, p, MAKE) ? p : -1;
    }
    if (p > 0 && in_set(x, p, DEGREE))
        p--;
    return p >= 0 && in_set(x, p, BE) ? p : -1;
}

static void reset(spk *sp)
{
    memset(sp, 0, sizeof *sp);
    sp->ent = -1;
}

/* [a, v) holds only words, numbers and hyphens, none a verb: a short
 * subject such as "nine in ten" or "most Democrats". */
static int plain_words(const exctx *x, int a, int v)
{
    for (int k = a; k < v; k++)
        if (x->t[k].quote >= 0 || (x->t[k].type != T_WORD && !punct(x, k, '-')) ||
            (lxf(x, k) & LX_VERB) || in_set(x, k, AUX) || ex_is_word(x, (size_t)k, "not") ||
            ex_is_word(x, (size_t)k, "never"))
            return 0;
    return v > a;
}

/* In reported content [k, last]: a clause boundary (";" or ", while /
 * but / whereas / and") followed by a subject and a speech verb of its
 * own, or a bare comma followed by a subject and a speech verb that
 * reports a clause ("When the host asked Ada Brennan about the vote, her
 * aide said the count was not over").  Returns the boundary token (the
 * comma or semicolon), or -1. */
static int next_attribution(exctx *x, int k, int last)
{
    static const char *const CONJ[] = {"while", "but", "whereas", "and", "although", "though", NULL};
    for (int b = k + 2; b < last - 2; b++) {
        /* ", and Ruiz said …", "— and he noted …", "and Democrats
         * accused …" */
        int and_only = ex_is_word(x, (size_t)b, "and") && !punct(x, b - 1, ',');
        if (x->t[b].quote >= 0 || !(punct(x, b, ';') || punct(x, b, ',') || punct(x, b, '-') || and_only))
            continue;
        int conj = and_only ? 0 : in_set(x, b + 1, CONJ);
        int bare = punct(x, b, ',') && !conj;
        int c0 = b + 1 + conj;
        for (int v = c0 + 1; v <= last && v < c0 + 8; v++) {
            if (x->t[v].quote >= 0 || punct(x, v, ',') || !is_verb(x, v))
                continue;
            /* "is promising", "are warning": the auxiliary's subject */
            int vs = v;
            if (is_ing(x, v)) {
                if (!(in_set(x, v - 1, AUX) && v - 1 > c0))
                    continue;
                vs = v - 1;
            }
            spk sp;
            memset(&sp, 0, sizeof sp);
            sp.ent = -1;
            if (np_before(x, vs, c0, &sp) && sp.t0 == c0) {
                if (!bare)
                    return b;
                int st = clause_after(x, v, last + 1);
                if (st > v && st <= last && !punct(x, v + 1, ','))
                    return b;
            } else if (!bare && plain_words(x, c0, v) && loose_subject(x, v, c0, last, &sp)) {
                return b; /* "…, while nine in ten said they …" */
            }
            break;
        }
    }
    return -1;
}

/* In reported content [k, lim): "and" (", and"), maybe an adverb, then
 * a speech verb with no subject of its own that reports a clause: the
 * same speaker's second attribution ("Ruiz said the bridge was safe and
 * added that repairs would wait").  Returns the "and" token and sets the
 * verb and the start of its clause, or -1. */
static int and_report(exctx *x, int k, int lim, int last, int *v2, int *st2)
{
    for (int a = k + 2; a < lim - 1; a++) {
        if (x->t[a].quote >= 0)
            continue;
        /* ", arguing that …", ", adding that …": a participle after a
         * comma is the same speaker's too */
        if (punct(x, a, ',') && is_verb(x, a + 1) && is_ing(x, a + 1) && x->t[a + 1].quote < 0) {
            int st = clause_after(x, a + 1, last + 1);
            if (st > a + 1 && st <= last && !punct(x, a + 2, ',')) {
                *v2 = a + 1;
                *st2 = st;
                return a;
            }
            continue;
        }
        if (!ex_is_word(x, (size_t)a, "and"))
            continue;
        int v = a + 1;
        while (v < lim && v < a + 3 && isw(x, v) && (x->t[v].flags & TF_LOWER) &&
               (in_set(x, v, ADVERBS) || (x->t[v].e - x->t[v].s > 4 &&
                                          memcmp(x->text + x->t[v].e - 2, "ly", 2) == 0)))
            v++;
        if (v >= lim || !is_verb(x, v) || is_ing(x, v) || x->t[v].quote >= 0)
            continue;
        int st = clause_after(x, v, last + 1);
        if (st <= v || st > last || punct(x, v + 1, ','))
            continue;
        *v2 = v;
        *st2 = st;
        return a;
    }
    return -1;
}

/* "Ana Ruiz, who said …", "an aide who told reporters …": the person
 * the relative pronoun at token j stands for. */
static int relative_subject(exctx *x, int j, int s0, spk *sp)
{
    if (j <= s0 || !ex_is_word(x, (size_t)j, "who"))
        return 0;
    int a = j - 1;
    if (a > s0 && punct(x, a, ','))
        a--;
    if (a < s0 || x->t[a].ment_end < 0 || x->m[x->t[a].ment_end].kind != ACTOR_PERSON)
        return 0;
    const ment *m = &x->m[x->t[a].ment_end];
    sp->ent = ex_ent_root(x, m->ent);
    sp->has = 1;
    sp->t0 = m->t0;
    sp->t1 = m->t1;
    return 1;
}

/* A finite verb a few words into [st, last] ("the police had trained
 * …"): what follows "said" is a clause, not its object. */
static int finite_soon(const exctx *x, int st, int last)
{
    for (int k = st + 1; k <= last && k < st + 6; k++) {
        if (!isw(x, k))
            return 0;
        if (in_set(x, k, AUX))
            return 1;
    }
    return 0;
}

/* A speech verb whose subject no rule reads ("Ada Brennan, a nurse who
 * ran the ward for a decade, said …", "Two in three said …", "critics who
 * say …") still reports the clause after it when that clause plainly
 * starts ("that", a pronoun, a name).  The speaker is the sentence's first
 * person only when an apposition closes before the verb; else none. */
static int loose_subject(exctx *x, int v, int s0, int last, spk *sp)
{
    if (!is_verb(x, v) || v == s0 || (x->t[v].flags & TF_CAP))
        return 0;
    const tok *p = &x->t[v - 1];
    if (!(p->type == T_WORD || (p->type == T_PUNCT && (p->ch == ',' || p->ch == ')'))))
        return 0;
    int st = clause_after(x, v, last + 1);
    if (st <= v || st > last || punct(x, v + 1, ','))
        return 0;
    /* "reported the talks", "announced a plan": an object, not a clause */
    static const char *const PRON[] = {"he", "she", "they", "it", "we", "i", "there", NULL};
    static const char *const SAY[] = {"say", "says", "said", NULL};
    if (!ex_is_word(x, (size_t)st - 1, "that") && !in_set(x, st, PRON) && !in_set(x, st, WH) &&
        !((x->t[st].flags & TF_CAP) && in_set(x, v, SAY)) && !(in_set(x, v, SAY) && finite_soon(x, st, last)))
        return 0;
    reset(sp);
    if (punct(x, v - 1, ',') && !sentence_subject(x, s0, v, sp))
        reset(sp);
    return 1;
}

static void indirect_clauses(exctx *x, int s0, int s1, int depth)
{
    spk sp;
    int last = sentence_end_tok(x, s0, s1);
    if (last - s0 < 4)
        return;
    /* most sentences report nothing: no cue, no "according to", no poll */
    int any = ex_is_word(x, (size_t)s0, "in");
    for (int k = s0; k <= last && !any; k++)
        any = (lxf(x, k) & (LX_VERB | LX_REPORT | LX_STANCE)) || (x->t[k].flags & TF_PHRASAL) ||
              (x->t[k].e - x->t[k].s == 9 && ex_is_word(x, (size_t)k, "according"));
    if (!any)
        return;
    /* a tag after a comma: "…, sources said." / "…, said the official,
     * adding …" / "Acts of protest, Mr. Obama said, are …" */
    for (int c = s0 + 1; c < last; c++) {
        int bare_acc = x->t[c].type == T_WORD && x->t[c].e - x->t[c].s == 9 && c > s0 + 3 &&
                       x->t[c].quote < 0 && x->t[c - 1].type == T_WORD && ex_is_word(x, (size_t)c, "according") &&
                       ex_is_word(x, (size_t)c + 1, "to");
        if (bare_acc)
            c--; /* "… pledged delegates according to a count by …" */
        else if (x->t[c].quote >= 0 || !punct(x, c, ','))
            continue;
        if (ex_is_word(x, (size_t)c + 1, "according") && ex_is_word(x, (size_t)c + 2, "to")) {
            reset(&sp);
            if (source_after(x, c + 2, last + 1, &sp)) {
                /* the words after the last quotation before the tag */
                int a = s0;
                for (int k = c - 1; k > s0; k--)
                    if (x->t[k].type == T_QUOTE) {
                        a = k + 1;
                        while (a < c && x->t[a].type == T_PUNCT)
                            a++;
                        break;
                    }
                /* '“…,” Grayson said, according to Frankel': the words
                 * before are a quotation's tag, no content */
                int tagged = 0;
                for (int k = a; k < c && !tagged; k++)
                    tagged = (x->t[k].flags & TF_QCUE) != 0;
                if (tagged && a > s0)
                    break;
                /* "About 10 p.m., according to a timeline, the guards
                 * left": the source interrupts the whole sentence */
                int e = c - 1, tail = sp.t1;
                while (tail <= last && tail < sp.t1 + 12 && !punct(x, tail, ','))
                    tail++;
                if (!bare_acc && tail < last && punct(x, tail, ',') && a == s0 && !in_set(x, tail + 1, FRONT) &&
                    !ex_is_word(x, (size_t)tail + 1, "and") && !ex_is_word(x, (size_t)tail + 1, "which") &&
                    !ex_is_word(x, (size_t)tail + 1, "who"))
                    e = last;
                else if (bare_acc && tail > last)
                    e = c; /* the source ends the sentence */
                else if (bare_acc)
                    break;
                if (a < c && add_ind(x, x->t[a].s, x->t[e].e, c + 1, &sp))
                    return;
            }
            if (bare_acc)
                break;
            continue;
        }
        for (int k = c + 1; k <= last && k < c + 8; k++) {
            if (punct(x, k, ','))
                break;
            /* "…, the congressional report said": a noun before the verb */
            if (!is_report_free(x, k) || is_ing(x, k) || (k < last && is_verb(x, k + 1)))
                continue;
            /* the tag ends the sentence or a clause: nothing reported after it */
            int after = k + 1;
            if (tell_verb(x, k) && after <= last && x->t[after].ment >= 0)
                after = x->m[x->t[after].ment].t1; /* "told NBC News" */
            else if (tell_verb(x, k) && (ex_is_word(x, (size_t)after, "reporters") ||
                                         ex_is_word(x, (size_t)after, "him") ||
                                         ex_is_word(x, (size_t)after, "her") ||
                                         ex_is_word(x, (size_t)after, "them")))
                after++;
            after = skip_time(x, after, last + 1);
            int ends = after > last || punct(x, after, ',') || ex_is_word(x, (size_t)after, "in") ||
                       ex_is_word(x, (size_t)after, "on") || ex_is_word(x, (size_t)after, "at") ||
                       ex_is_word(x, (size_t)after, "of");
            reset(&sp);
            int ok = k == c + 1 ? np_after(x, k, last + 1, &sp) : np_before(x, k, c + 1, &sp);
            /* an inverted tag ends its clause: "…, said the official." but
             * not "…, accused Mr Hart of avoiding …"; and it names a
             * speaker: not "…, recalled the meeting." */
            if (k == c + 1 && ok)
                ends = (sp.t1 > last || punct(x, sp.t1, ',') || punct(x, sp.t1, ';') ||
                        punct(x, sp.t1, '.')) &&
                       (sp.ent >= 0 || (lxf(x, sp.t1 - 1) & (LX_ROLE | LX_ANON | LX_ORGNOUN | LX_PRONOUN)) ||
                        (x->t[sp.t1 - 1].flags & TF_CAP));
            int nwords = 0;
            for (int w = s0; w < c; w++)
                nwords += x->t[w].type == T_WORD;
            for (int w = after; ends && w <= last && w < after + 6; w++)
                if (ex_is_word(x, (size_t)w, "that"))
                    ends = 0; /* "Later Friday, Cole told reporters in Leeds that …" */
            int interp = after <= last && punct(x, after, ',');
            if (ok && ends && (nwords >= 3 || interp)) {
                size_t e = interp ? x->t[last].e : x->t[c - 1].e;
                if (add_ind(x, x->t[s0].s, e, k, &sp))
                    return;
            }
            break;
        }
    }
    /* "According to X, …" */
    /* "In a CBS News poll last month, Ruiz led by six points": a poll,
     * survey or study opening the sentence reports the rest */
    if (ex_is_word(x, (size_t)s0, "in")) {
        static const char *const FINDING[] = {"poll", "polls", "survey", "surveys", "study", "studies",
                                              "report", "census", NULL};
        int k = s0 + 1, found = -1;
        while (k < last && k < s0 + 14 && !punct(x, k, ',') && x->t[k].quote < 0) {
            if (in_set(x, k, FINDING))
                found = k;
            k++;
        }
        reset(&sp);
        if (found >= 0 && punct(x, k, ',') && k + 1 < last) {
            sp.has = 1;
            sp.t0 = s0 + 1;
            sp.t1 = k;
            if (add_ind(x, x->t[k + 1].s, x->t[last].e, found, &sp))
                return;
        }
    }
    /* "According to X, …", "But according to X, …" */
    int a0 = s0 + (in_set(x, s0, FRONT) || ex_is_word(x, (size_t)s0, "and") ||
                   ex_is_word(x, (size_t)s0, "yet"));
    if (ex_is_word(x, (size_t)a0, "according") && ex_is_word(x, (size_t)a0 + 1, "to")) {
        int k = a0 + 2;
        while (k < last && !punct(x, k, ','))
            k++;
        reset(&sp);
        if (k < last && source_after(x, a0 + 1, k, &sp)) {
            if (add_ind(x, x->t[k + 1].s, x->t[last].e, a0, &sp))
                return;
        }
    }
    /* "X said (that) …", "X told reporters that …", "… and said …" */
    static const char *const PASSIVE[] = {"is", "are", "was", "were", "be", "been", "being", NULL};
    for (int v = s0; v < last - 1; v++) {
        int ph = phrase_cue(x, v); /* "made it clear", "is confident" */
        if (ph < 0 && !is_report_free(x, v))
            continue;
        /* "Trump continues to lead the polls": "continue" reports only
         * as a speech verb's aid ("continued to insist that …"), and then
         * that verb is the cue */
        int aid = -1; /* the verb "continue" aids */
        if (in_set(x, v, CONTINUE) && (ex_is_word(x, (size_t)v + 1, "to") || is_ing(x, v + 1))) {
            aid = ex_is_word(x, (size_t)v + 1, "to") ? v + 2 : v + 1;
            if (aid >= last || !(lxf(x, aid) & (LX_VERB | LX_REPORT)))
                continue;
        }
        /* "No date has been announced for a meeting": a passive verb
         * with a phrase after it reports nothing */
        if (v > s0 && in_set(x, v - 1, PASSIVE) && in_set(x, v + 1, PREPS))
            continue;
        reset(&sp);
        if (is_ing(x, v)) {
            /* "…, saying the plan would fail": the sentence's subject */
            /* "with 30 percent saying they …": a report with no speaker */
            if (!(punct(x, v - 1, ',') && participle_subject(x, v, s0, &sp)) &&
                !(!punct(x, v - 1, ',') && ex_is_word(x, (size_t)v, "saying") &&
                  loose_subject(x, v, s0, last, &sp)))
                continue;
        } else if (ph >= 0) {
            if (!np_before(x, ph, s0, &sp))
                continue;
        } else if (!np_before(x, v, s0, &sp)) {
            int j = skip_adverbs_back(x, v - 1, s0);
            reset(&sp);
            if (!(j > s0 && ex_is_word(x, (size_t)j, "and") && sentence_subject(x, s0, j, &sp)) &&
                !relative_subject(x, j, s0, &sp) && !loose_subject(x, v, s0, last, &sp))
                continue;
        }
        int start = ph >= 0 ? v + 1 + ex_is_word(x, (size_t)v + 1, "that") : clause_after(x, aid >= 0 ? aid : v, last + 1);
        if ((start < 0 || start > last) && aid >= 0) {
            start = aid + 1; /* "continued to question Cruz's temperament" */
            /* "continues to insist, most recently on ABC, that …" */
            for (int k = start; punct(x, start, ',') && k <= last && k < start + 24; k++)
                if (ex_is_word(x, (size_t)k, "that") && x->t[k].quote < 0) {
                    start = k + 1;
                    break;
                }
        }
        if ((start < 0 || start > last) && last - v >= 4 &&
            !punct(x, v + 1, ',') && !ex_is_word(x, (size_t)v + 1, "in") &&
            !ex_is_word(x, (size_t)v + 1, "on") && !ex_is_word(x, (size_t)v + 1, "at"))
            start = v + 1; /* "accused Holt of being a Democrat" */
        if (start < 0 || start > last)
            continue;
        /* "Smith said taxes would rise, while Jones said they would
         * fall": a second attribution ends the first's content; so does
         * "… and said she would …", the same speaker's second one */
        int b2 = next_attribution(x, start, last);
        int v2 = -1, st2 = -1;
        int and_at = and_report(x, start, b2 >= 0 ? b2 : last, last, &v2, &st2);
        int end = and_at >= 0 ? and_at - 1 : b2 >= 0 ? b2 - 1 : last;
        if (and_at >= 0 && end > start && punct(x, end, ','))
            end--;
        if (add_ind(x, x->t[start].s, x->t[end].e, v, &sp)) {
            if (and_at >= 0) {
                int b3 = next_attribution(x, st2, last);
                int end2 = b3 >= 0 ? b3 - 1 : last;
                add_ind(x, x->t[st2].s, x->t[end2].e, v2, &sp);
                if (b3 >= 0 && depth < 4)
                    indirect_clauses(x, b3 + 1, s1, depth + 1);
            } else if (b2 >= 0 && depth < 4)
                indirect_clauses(x, b2 + 1, s1, depth + 1);
            return;
        }
    }
}

static void indirect_sentence(exctx *x, int s0, int s1)
{
    indirect_clauses(x, s0, s1, 0);
}

/* Paragraph opening at token s0 with "Q:" or "A:": the letter, else 0. */
static char qa_label(const exctx *x, int s0)
{
    const tok *t = &x->t[s0];
    if (!(t->flags & TF_PSTART) || t->type != T_WORD || t->e - t->s != 1 || !punct(x, s0 + 1, ':'))
        return 0;
    char c = x->text[t->s];
    return c == 'Q' || c == 'A' ? c : 0;
}

/* An interview printed as questions and answers: who answers is the one
 * person the paragraphs before the first question name (none when they
 * name several). */
static void find_interview(exctx *x)
{
    x->interview = -1;
    int q = -1, a = 0;
    /* a paragraph opens a sentence: the sentences' starts suffice */
    for (uint32_t S = 0; S < x->n_sent; S++) {
        int i = (int)x->sent_start[S];
        if ((size_t)i >= x->nt || !(x->t[i].flags & TF_PSTART))
            continue;
        char c = qa_label(x, i);
        if (c == 'Q' && q < 0)
            q = i;
        a += c == 'A';
    }
    if (q < 0 || !a)
        return;
    int who = -1;
    for (size_t i = 0; i < x->nm && x->m[i].t0 < q; i++) {
        const ment *m = &x->m[i];
        if (m->kind != ACTOR_PERSON || credit_ment(x, m))
            continue;
        int r = ex_ent_root(x, m->ent);
        if (who >= 0 && r != who) {
            who = -2;
            break;
        }
        who = r;
    }
    x->interview = who >= 0 ? who : -2;
}

/* A turn of a transcript or an interview: the words from token k to the
 * end of its paragraph, spoken by sp, as a quote of kind k. */
static void add_turn(exctx *x, int k, const spk *sp, quote_kind kind)
{
    int e = k;
    while ((size_t)e + 1 < x->nt && x->t[e + 1].para == x->t[k].para)
        e++;
    size_t before = x->nind;
    add_ind(x, x->t[k].s, x->t[e].e, -1, sp);
    if (x->nind > before)
        x->ind[before].kind = kind;
}

/* A question or an answer of an interview: its words to the end of the
 * paragraph; the answer is the interviewee's. */
static int interview_turn(exctx *x, int s0)
{
    char c = x->interview != -1 ? qa_label(x, s0) : 0;
    if (!c || (size_t)s0 + 2 >= x->nt || x->t[s0 + 2].para != x->t[s0].para)
        return 0;
    spk sp = {c == 'A' && x->interview >= 0 ? x->interview : -1, 1, s0, s0 + 1};
    /* no quotation marks: kept as the text gives them, not shown as a
     * quotation (an interview is often edited and condensed) */
    add_turn(x, s0 + 2, &sp, QUOTE_INDIRECT);
    return 1;
}

/* A transcript paragraph, "PENCE: We will …": the speaker's words,
 * verbatim, to the end of the paragraph. */
static int transcript(exctx *x, int s0)
{
    const tok *t = &x->t[s0];
    if (!(t->flags & TF_PSTART) || t->ment < 0 || !(t->flags & TF_ALLCAPS))
        return 0;
    const ment *m = &x->m[t->ment];
    if (m->kind != ACTOR_PERSON || !punct(x, m->t1, ':') || label_ment(x, m))
        return 0;
    int k = m->t1 + 1;
    if ((size_t)k >= x->nt || x->t[k].para != t->para)
        return 0;
    spk sp = {ex_ent_root(x, m->ent), 1, m->t0, m->t1};
    add_turn(x, k, &sp, QUOTE_DIRECT);
    return 1;
}

/* The text's own evidence of a person's gender where the name gave
 * none: the first personal pronoun after a mention in its sentence, with
 * no other person between ("Quint was asked whether he …", "Ruiz …
 * her shop").  Both genders seen: unknown. */
static void gender_from_text(exctx *x)
{
    uint8_t *seen = xcalloc(x->ne + 1, 1);
    for (size_t i = 0; i < x->nm; i++) {
        const ment *m = &x->m[i];
        int e = ex_ent_root(x, m->ent);
        if (m->kind != ACTOR_PERSON || e < 0 || x->e[e].gender || x->t[m->t0].quote >= 0)
            continue;
        uint32_t S = x->t[m->t0].sent;
        for (int k = m->t1; (size_t)k < x->nt && k < m->t1 + 16 && x->t[k].sent == S; k++) {
            if (x->t[k].ment >= 0 && x->m[x->t[k].ment].kind == ACTOR_PERSON)
                break;
            if (x->t[k].quote >= 0 || !(lxf(x, k) & LX_PRONOUN))
                continue;
            uint8_t g = x->t[k].lx->gender & (G_MALE | G_FEMALE);
            if (g == G_MALE || g == G_FEMALE)
                seen[e] |= g;
            break;
        }
    }
    for (size_t e = 0; e < x->ne; e++)
        if (!x->e[e].gender && (seen[e] == G_MALE || seen[e] == G_FEMALE))
            x->e[e].gender = seen[e];
    free(seen);
}

/* A sentence that opens with He or She ("And he …") continues a person: record whom,
 * so that the next pronoun finds the chain. */
static void sentence_pronoun(exctx *x, int s0, int s1)
{
    int k = s0;
    if (k < s1 && x->t[k].quote >= 0)
        return;
    if (k + 1 < s1 && (ex_is_word(x, (size_t)k, "and") || ex_is_word(x, (size_t)k, "but") ||
                       ex_is_word(x, (size_t)k, "so") || ex_is_word(x, (size_t)k, "yet") ||
                       ex_is_word(x, (size_t)k, "then")))
        k++;
    if (k < s1 && isw(x, k) && (lxf(x, k) & LX_PRONOUN) &&
        (ex_is_word(x, (size_t)k, "he") || ex_is_word(x, (size_t)k, "she"))) {
        size_t r = ref_before(x, k + 1);
        if (r > 0 && x->refs[r - 1].tok == k)
            return; /* resolved as a speaker already */
        resolve_pronoun(x, x->t[k].lx->gender, k);
    }
}

/* Quotes and indirect speech in text order, so that "he" finds the
 * latest speaker. */
void ex_attribute(exctx *x)
{
    x->last_spk = -1;
    find_plain(x);
    find_dialogue(x);
    find_interview(x);
    find_credits(x);
    find_nospeak(x);
    gender_from_text(x);
    size_t qi = 0;
    uint32_t transcript_para = UINT32_MAX;
    for (uint32_t S = 0; S < x->n_sent; S++) {
        int s0 = (int)x->sent_start[S], s1 = (int)x->sent_start[S + 1];
        while (qi < x->nq && x->t[x->q[qi].o].sent <= S)
            attribute_quote(x, qi++);
        if (s0 < s1 && (transcript(x, s0) || interview_turn(x, s0))) {
            transcript_para = x->t[s0].para;
            continue;
        }
        if (s0 < s1 && x->t[s0].para == transcript_para)
            continue;
        /* reported speech beside a quotation is found too; its content
         * never overlaps the quotation */
        int outside = 0; /* words outside quotation marks */
        for (int k = s0; k < s1 && outside < 4; k++)
            outside += x->t[k].quote < 0 && x->t[k].type == T_WORD;
        if (s1 - s0 <= 200 && outside >= 4)
            indirect_sentence(x, s0, s1);
        sentence_pronoun(x, s0, s1);
    }
    while (qi < x->nq)
        attribute_quote(x, qi++);
}
