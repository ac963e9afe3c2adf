#include "CStopSignals.h"

#include <signal.h>
#include <string.h>

static volatile sig_atomic_t requested = 0;

static void note_stop(int signal_number) {
    (void)signal_number;
    requested = 1;
}

void phrasebook_catch_stop_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = note_stop;
    sigemptyset(&action.sa_mask);
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) {
        sigaction(signals[index], &action, NULL);
    }
}

int phrasebook_stop_requested(void) {
    return requested ? 1 : 0;
}
