#include "CStopSignals.h"

#include <signal.h>
#include <string.h>

static volatile sig_atomic_t requested = 0;

static void note_stop(int signal_number) {
    (void)signal_number;
    requested = 1;
}

static int installed = 0;

void phrasebook_catch_stop_signals(void) {
    // Once per process: installed again after a first signal, the handler would swallow the second.
    if (installed) return;
    installed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = note_stop;
    // Once: a second signal has the default action, so that a stop asked for twice ends the process at once.
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) {
        sigaction(signals[index], &action, NULL);
    }
}

int phrasebook_stop_requested(void) {
    return requested ? 1 : 0;
}

void phrasebook_stop_signals_default(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
}
