#pragma once

#include <QJsonObject>

namespace flaglab {

// One HTTP exchange's phases as FlagLab's report gives them: seconds since
// the run started, -1 for a phase that never came.
struct ExchangePhases {
    double queuedS = 0;         // when the exchange was asked for (0: at the run's start)
    double startedS = -1;       // handed to Qt
    double connectingS = -1;    // Qt started opening a connection for it
    double connectedS = -1;     // the request was on the wire
    double firstByteS = -1;
    double finishedS = -1;
};

// HAR 1.2's timings object, in milliseconds, -1 for what does not apply:
//   blocked  queued behind the concurrency cap, then inside Qt (the lesson)
//   connect  opening the connection and writing the request (Qt tells no
//            finer: send is 0, dns and ssl are -1)
//   wait     from the request on the wire to the answer's first byte
//   receive  the rest of the answer
// The timings of an exchange sum to its time: finished - queued.
QJsonObject harTimings(const ExchangePhases &phases);
double harTime(const QJsonObject &timings);     // the sum of the timings that apply

// Back from a HAR entry's timings, the entry starting at queuedS: the
// opposite of harTimings() for the phases HAR has slots for.
ExchangePhases phasesFromHar(double queuedS, const QJsonObject &timings);

} // namespace flaglab
