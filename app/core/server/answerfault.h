#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <random>

namespace flaglab {

struct HttpResponse;

// What flaglab-server --faults does to a flag answer. Only a 200 answer to
// GET /flags/{cc}/{cc}.gif is ever faulty: not HEAD, metadata.json, 404s or
// the error status, which is drawn first.
enum class AnswerFault {
    Reset,      // half the body, then the connection is reset (HTTP/2: RST_STREAM)
    Truncate,   // half the body, then the connection closes (HTTP/2: END_STREAM), short of Content-Length
    Stall,      // half the body, then nothing more; the connection stays open
    Garbage,    // a whole 200 whose body is an HTML page, labelled image/gif all the same
};

QList<AnswerFault> allAnswerFaults();
QString answerFaultName(AnswerFault fault);     // "reset", "truncate", "stall", "garbage"
std::optional<AnswerFault> answerFaultFromName(const QString &name);
// "reset,truncate" -> {Reset, Truncate}, each once, in the order named; nullopt
// when a name is none of the four (*badName says which). The servers'
// --faults LIST and the window's read it alike.
std::optional<QList<AnswerFault>> answerFaultList(const QString &text, QString *badName = nullptr);
QString answerFaultNames(const QList<AnswerFault> &faults);     // "reset,truncate"

// Makes a 200 flag answer the faulty one.
void applyAnswerFault(AnswerFault fault, HttpResponse *response);

// Decides which answers are faulty, in the order they are asked for: each with
// probability rate, then one of the faults, all equally likely. It has a
// generator of its own, so that turning faults on does not change which
// requests of a seeded run get errors and which delays.
class FaultDraw {
public:
    void seed(std::optional<quint32> seed);     // unset: from std::random_device
    std::optional<AnswerFault> next(const QList<AnswerFault> &faults, double rate);

private:
    std::mt19937 m_random;
};

} // namespace flaglab
