/* cli_bookmark: `newsroom bookmark add|rm|note` and `newsroom bookmarks`. */
#include "cli_int.h"
#include "buf.h"
#include "export.h"
#include "safefile.h"
#include <stdlib.h>
#include <string.h>

int cli_cmd_bookmark(cli *c, int argc, char **argv)
{
    const char *note = NULL, *tag = NULL;
    const cli_opt opts[] = {{"--note", &note, NULL}, {"--tag", &tag, NULL}, {NULL, NULL, NULL}};
    char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
    int npos;
    int r = cli_parse("bookmark", argc, argv, opts, pos, &npos);
    int64_t id = 0;
    const char *sub = npos ? pos[0] : NULL;
    if (!r) {
        if (!sub)
            r = cli_usage("bookmark", "give add QUOTE, rm ID or note ID TEXT");
        else if (!strcmp(sub, "add") || !strcmp(sub, "rm")) {
            if (npos != 2)
                r = cli_usage("bookmark", "%s takes one id", sub);
        } else if (!strcmp(sub, "note")) {
            if (npos != 3)
                r = cli_usage("bookmark", "note takes an id and the text");
        } else {
            r = cli_usage("bookmark", "unknown action \"%s\"", sub);
        }
    }
    if (!r && cli_int_arg("bookmark", sub, pos[1], &id))
        r = 2;
    if (!r && strcmp(sub, "add") && (note || tag))
        r = cli_usage("bookmark", "--note and --tag go with add");
    if (r) {
        free(pos);
        return r == 1 ? 0 : r;
    }
    if (cli_open_store_rw(c) < 0) {
        free(pos);
        return 1;
    }
    int rc = 0;
    if (!strcmp(sub, "add")) {
        int64_t bid = 0;
        char *old = NULL;
        int had = store_bookmark_of_quote(c->st, id, &bid, &old);
        if (had < 0) {
            rc = cli_error("%s", store_error(c->st));
        } else if (had == 0 && note && old && strcmp(old, note)) {
            /* a note is never replaced in passing */
            rc = cli_error("quote %lld is already bookmarked (bookmark %lld) with a note; to replace it:"
                           " newsroom bookmark note %lld TEXT", (long long)id, (long long)bid, (long long)bid);
        } else {
            int a = store_bookmark_add(c->st, id, note, tag, &bid);
            if (a < 0)
                rc = cli_error("%s", store_error(c->st));
            else if (a > 0)
                rc = cli_error("no quote %lld (see 'newsroom quotes')", (long long)id);
            else if (had == 0)
                printf("quote %lld is already bookmarked (bookmark %lld)%s\n", (long long)id, (long long)bid,
                       note && !old ? "; note added" : "");
            else
                printf("bookmark %lld on quote %lld\n", (long long)bid, (long long)id);
        }
        free(old);
    } else if (!strcmp(sub, "rm")) {
        int a = store_bookmark_rm(c->st, id);
        if (a < 0)
            rc = cli_error("%s", store_error(c->st));
        else if (a > 0)
            rc = cli_error("no bookmark %lld (see 'newsroom bookmarks')", (long long)id);
        else
            printf("removed bookmark %lld\n", (long long)id);
    } else {
        int a = store_bookmark_set_note(c->st, id, pos[2]);
        if (a < 0)
            rc = cli_error("%s", store_error(c->st));
        else if (a > 0)
            rc = cli_error("no bookmark %lld (see 'newsroom bookmarks')", (long long)id);
        else
            printf(*pos[2] ? "note of bookmark %lld saved\n" : "note of bookmark %lld removed\n",
                   (long long)id);
    }
    free(pos);
    return rc;
}

int cli_cmd_bookmarks(cli *c, int argc, char **argv)
{
    const char *format = NULL, *limit = NULL, *output = NULL;
    int json = 0, force = 0;
    const cli_opt opts[] = {{"--format", &format, NULL}, {"--json", NULL, &json}, {"--limit", &limit, NULL},
                            {"--output", &output, NULL}, {"-o", &output, NULL}, {"--force", NULL, &force},
                            {NULL, NULL, NULL}};
    char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
    int npos;
    int r = cli_parse("bookmarks", argc, argv, opts, pos, &npos);
    if (!r && npos)
        r = cli_usage("bookmarks", "unexpected argument \"%s\"", pos[0]);
    free(pos);
    if (r)
        return r == 1 ? 0 : r;
    int64_t lim = -1;
    if (cli_int_arg("bookmarks", "--limit", limit, &lim))
        return 2;
    int f = json ? EXPORT_JSON : EXPORT_TEXT;
    if (format && (f = export_format_parse(format)) < 0)
        return cli_usage("bookmarks", "--format is text, json, csv or markdown, not \"%s\"", format);
    if (force && !output)
        return cli_usage("bookmarks", "--force goes with --output");
    if (output && limit)
        return cli_usage("bookmarks", "--output writes every bookmark; --limit is for listing");
    if (cli_open_store(c) < 0)
        return 1;
    store_stats stats;
    if ((output || f != EXPORT_JSON) && store_stats_get(c->st, &stats) == 0 && stats.bookmarks == 0) {
        /* nothing to export: say so, and write nothing (no file either) */
        fprintf(stderr, "newsroom: no bookmarks to export (bookmark a quote with 'newsroom bookmark add QUOTE')\n");
        return 0;
    }
    if (output) {
        char *path = safefile_expand(output);
        if (!path)
            return cli_error("%s: no home directory for ~", output);
        if (!format && !json)
            f = export_format_for_path(path);
        char err[512];
        int rc = export_bookmarks_file(c->st, (export_format)f, path, c->db_path, force, c->cfg.file_mode, err,
                                       sizeof err);
        if (rc < 0) {
            int exists = !force && safefile_check(path, c->db_path, NULL, 0) == 1;
            rc = cli_error("%s: %s%s", path, err, exists ? " (--force replaces it)" : "");
        } else {
            rc = 0;
        }
        free(path);
        return rc;
    }
    FILE *out = cli_out_open(f == EXPORT_TEXT || f == EXPORT_MARKDOWN);
    int rc = export_bookmarks_limit(c->st, (export_format)f, out, lim);
    cli_out_close(out);
    if (rc < 0)
        return cli_error("%s", store_error(c->st));
    return 0;
}
