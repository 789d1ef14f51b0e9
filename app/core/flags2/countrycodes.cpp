#include "countrycodes.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace flaglab {

namespace {

const char *const kAllCodes =
    "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT "
    "BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DZ EC EE "
    "EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID "
    "IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK "
    "LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA "
    "NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB "
    "SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR "
    "TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW";

const char *const kPop20 = "CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR";

bool isAsciiUpper(QChar c) { return c >= u'A' && c <= u'Z'; }

QStringList sortedAndLimited(const QSet<QString> &codes, int limit)
{
    QStringList list(codes.begin(), codes.end());
    std::sort(list.begin(), list.end());
    if (limit >= 0 && list.size() > limit)
        list.resize(limit);
    return list;
}

} // namespace

QStringList allCountryCodes()
{
    return QString::fromLatin1(kAllCodes).split(u' ');
}

QStringList pop20Codes()
{
    return QString::fromLatin1(kPop20).split(u' ');
}

QStringList everyPossibleCode()
{
    QStringList codes;
    codes.reserve(26 * 26);
    for (char a = 'A'; a <= 'Z'; ++a)
        for (char b = 'A'; b <= 'Z'; ++b)
            codes.append(QString(QLatin1Char(a)) + QLatin1Char(b));
    return codes;
}

ExpandedCodes expandCodes(const CodeSelection &selection)
{
    QSet<QString> codes;
    if (selection.every) {
        const QStringList every = everyPossibleCode();
        codes = QSet<QString>(every.begin(), every.end());
    } else if (selection.all) {
        const QStringList all = allCountryCodes();
        codes = QSet<QString>(all.begin(), all.end());
    } else {
        for (const QString &arg : selection.ccArgs) {
            const QString cc = arg.toUpper();
            if (cc.size() == 1 && isAsciiUpper(cc[0])) {
                for (char c = 'A'; c <= 'Z'; ++c)
                    codes.insert(cc + QLatin1Char(c));
            } else if (cc.size() == 2 && isAsciiUpper(cc[0]) && isAsciiUpper(cc[1])) {
                codes.insert(cc);
            } else {
                return {{}, QCoreApplication::translate(
                                "Flags2CommandLine", "*** Usage error: each CC argument must be A to Z or AA to ZZ.")};
            }
        }
    }
    if (codes.isEmpty()) {
        const QStringList pop20 = pop20Codes();
        codes = QSet<QString>(pop20.begin(), pop20.end());
    }
    return {sortedAndLimited(codes, selection.limit), {}};
}

} // namespace flaglab
