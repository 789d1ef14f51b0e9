#include "answerfault.h"

#include "httpwire/httpmessage.h"

#include <QStringList>

namespace flaglab {

namespace {

// What a captive portal or a misconfigured proxy answers: a web page where an image was asked for.
const QByteArray kGarbagePage = QByteArrayLiteral(
    "<!DOCTYPE html>\n<html><head><title>Welcome</title></head>\n"
    "<body><h1>Welcome to the network</h1>\n"
    "<p>This page is not a flag: flaglab-server --faults garbage sent it as image/gif.</p></body></html>\n");

// Mixed with the seed, so that faults do not draw the same numbers as errors.
constexpr quint32 kFaultStream = 0x17fa17;

} // namespace

QList<AnswerFault> allAnswerFaults()
{
    return {AnswerFault::Reset, AnswerFault::Truncate, AnswerFault::Stall, AnswerFault::Garbage};
}

QString answerFaultName(AnswerFault fault)
{
    switch (fault) {
    case AnswerFault::Reset:
        return QStringLiteral("reset");
    case AnswerFault::Truncate:
        return QStringLiteral("truncate");
    case AnswerFault::Stall:
        return QStringLiteral("stall");
    case AnswerFault::Garbage:
        return QStringLiteral("garbage");
    }
    return {};
}

std::optional<AnswerFault> answerFaultFromName(const QString &name)
{
    for (AnswerFault fault : allAnswerFaults()) {
        if (name.compare(answerFaultName(fault), Qt::CaseInsensitive) == 0)
            return fault;
    }
    return std::nullopt;
}

std::optional<QList<AnswerFault>> answerFaultList(const QString &text, QString *badName)
{
    QList<AnswerFault> faults;
    for (const QString &name : text.split(u',')) {
        const std::optional<AnswerFault> fault = answerFaultFromName(name.trimmed());
        if (!fault) {
            if (badName)
                *badName = name;
            return std::nullopt;
        }
        if (!faults.contains(*fault))
            faults.append(*fault);
    }
    return faults;
}

QString answerFaultNames(const QList<AnswerFault> &faults)
{
    QStringList names;
    for (AnswerFault fault : faults)
        names << answerFaultName(fault);
    return names.join(u',');
}

void applyAnswerFault(AnswerFault fault, HttpResponse *response)
{
    switch (fault) {
    case AnswerFault::Reset:
        response->bodyEnd = BodyEnd::Reset;
        break;
    case AnswerFault::Truncate:
        response->bodyEnd = BodyEnd::Close;
        break;
    case AnswerFault::Stall:
        response->bodyEnd = BodyEnd::Stall;
        break;
    case AnswerFault::Garbage:
        response->body = kGarbagePage;
        break;
    }
}

void FaultDraw::seed(std::optional<quint32> seed)
{
    std::seed_seq sequence{seed ? *seed : std::random_device{}(), kFaultStream};
    m_random.seed(sequence);
}

std::optional<AnswerFault> FaultDraw::next(const QList<AnswerFault> &faults, double rate)
{
    if (faults.isEmpty() || !std::bernoulli_distribution(qBound(0.0, rate, 1.0))(m_random))
        return std::nullopt;
    return faults.at(std::uniform_int_distribution<qsizetype>(0, faults.size() - 1)(m_random));
}

} // namespace flaglab
