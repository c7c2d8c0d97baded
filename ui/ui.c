/* ui: placeholder. */
#include "ui.h"

int ui_run(store *st, const char *db_path, const config *cfg)
{
    return 0;
}
