/* main: placeholder entry point. */
#include <stdio.h>
#include "ui.h"

int main(int argc, char **argv)
{
    puts("newsroom " NEWSROOM_VERSION);
    return 0;
}
