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
