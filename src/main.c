/* main: the newsroom program — the command line, with the browser. */
#include <locale.h>
#include "cli.h"
#include "ui.h"

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    return cli_main(argc, argv, ui_run);
}
