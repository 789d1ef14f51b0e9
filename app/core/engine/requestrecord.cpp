#include "requestrecord.h"

namespace flaglab {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return QStringLiteral("PENDING");
    case Outcome::Ok: return QStringLiteral("OK");
    case Outcome::NotFound: return QStringLiteral("NOT_FOUND");
    case Outcome::Error: return QStringLiteral("ERROR");
    case Outcome::Cancelled: return QStringLiteral("CANCELLED");
    }
    return {};
}

namespace {

struct FailureNaming {
    FailureKind kind;
    const char16_t *name;
};

constexpr FailureNaming kFailureNames[] = {
    {FailureKind::None, u"none"},          {FailureKind::Cancelled, u"cancelled"},
    {FailureKind::HttpStatus, u"http_status"}, {FailureKind::TimedOut, u"timed_out"},
    {FailureKind::Refused, u"refused"},    {FailureKind::Reset, u"reset"},
    {FailureKind::Truncated, u"truncated"}, {FailureKind::HostNotFound, u"host_not_found"},
    {FailureKind::Redirect, u"redirect"},  {FailureKind::BadAnswer, u"bad_answer"},
    {FailureKind::BadBody, u"bad_body"},   {FailureKind::NotHttp2, u"not_http2"},
    {FailureKind::NotSaved, u"not_saved"}, {FailureKind::Network, u"network"},
};

} // namespace

QString failureName(FailureKind failure)
{
    for (const FailureNaming &naming : kFailureNames)
        if (naming.kind == failure)
            return QString::fromUtf16(naming.name);
    return {};
}

std::optional<FailureKind> failureFromName(const QString &name)
{
    for (const FailureNaming &naming : kFailureNames)
        if (name == QStringView(naming.name))
            return naming.kind;
    return std::nullopt;
}

void RunCounts::add(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok: ++ok; break;
    case Outcome::NotFound: ++notFound; break;
    case Outcome::Error: ++errors; break;
    case Outcome::Cancelled: ++cancelled; break;
    case Outcome::Pending: break;
    }
}

} // namespace flaglab
