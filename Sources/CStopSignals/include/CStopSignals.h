// The signals that stop `phrasebook serve`, caught from its first moment: its server's own handling (the service
// group's) starts only once the first build is done, and until then the default action would kill the process
// and leave the preview folder behind.
#ifndef PHRASEBOOK_CSTOPSIGNALS_H
#define PHRASEBOOK_CSTOPSIGNALS_H

/// Catches SIGINT, SIGTERM and SIGHUP with a handler that only notes that one arrived (async-signal-safe), once:
/// the handler is then reset, and a second signal has the default action. A later handler for them (the service
/// group's) replaces it. Only the first call installs it; later calls do nothing.
void phrasebook_catch_stop_signals(void);

/// Gives SIGINT, SIGTERM and SIGHUP their default action again (ending the process): once a stop has begun, a
/// second signal is not swallowed by a handler that no longer acts on it.
void phrasebook_stop_signals_default(void);

/// Whether SIGINT, SIGTERM or SIGHUP arrived since `phrasebook_catch_stop_signals`: 1 or 0.
int phrasebook_stop_requested(void);

#endif
