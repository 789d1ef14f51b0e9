#pragma once

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
struct Preset {
    QString id;                 // stable, for settings and the command line
    QString title;              // what the teacher clicks
    QString lesson;             // one sentence: what the class should see
    QList<QStringList> runs;    // flags2 arguments of each run, in order
    quint32 serverSeed = 2021;  // for the built-in DELAY and ERROR servers
    // > 0: DELAY and ERROR wait exactly this long, not the book's 0.5-5 s.
    int delayMs = 0;
    bool race = false;          // the runs are lanes raced side by side (race mode), not played in turn
};

QList<Preset> bookPresets();
std::optional<Preset> presetById(const QString &id);

} // namespace flaglab
