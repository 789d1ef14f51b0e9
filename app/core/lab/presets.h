#pragma once

#include "server/answerfault.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace flaglab {

// A scene from the book, replayed in one click: one or more runs, each
// written as the flags2 command line the book would use, with FlagLab's
// own options where the book has none (--single-manager, --http1, --http2:
// each run says its protocol, so that a scene does not depend on the
// Protocol control). The built-in servers are seeded, so a scene repeats exactly.
// A scene may also spoil some answers of the built-in servers on purpose
// (flaglab-server --faults); the book's own scenes do not.
struct Preset {
    QString id;                 // stable, for settings and the command line
    QString title;              // what the teacher clicks
    QString lesson;             // one sentence: what the class should see
    QList<QStringList> runs;    // flags2 arguments of each run, in order
    quint32 serverSeed = 2021;  // for the built-in servers: DELAY's and ERROR's delays and errors, and faults
    // > 0: DELAY and ERROR wait exactly this long, not the book's 0.5-5 s.
    int delayMs = 0;
    bool race = false;          // the runs are lanes raced side by side (race mode), not played in turn
    // Faulty answers from every built-in server while the scene plays, each
    // of serverFaults as likely, at serverFaultRate (ServerConfig::faults).
    QList<AnswerFault> serverFaults = {};
    double serverFaultRate = 0;
};

QList<Preset> bookPresets();
std::optional<Preset> presetById(const QString &id);

} // namespace flaglab
