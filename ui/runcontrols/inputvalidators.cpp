#include "runcontrols/inputvalidators.h"

#include "flags2/serverlabels.h"

#include <QRegularExpression>
#include <QUrl>

namespace flaglab {

namespace {

bool isLetters(const QString &text)
{
    for (QChar c : text) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

} // namespace

QStringList CodeListValidator::arguments(const QString &input)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return input.toUpper().split(separators, Qt::SkipEmptyParts);
}

QString CodeListValidator::problem(const QString &input)
{
    const QStringList args = arguments(input);
    if (args.isEmpty())
        return tr("Type country codes or first letters, e.g. BR CN or B.");
    for (const QString &arg : args) {
        if (arg.size() > 2 || !isLetters(arg))
            return tr("“%1” is not a code: type two letters (BR) or one first letter (B).").arg(arg);
    }
    return {};
}

QValidator::State CodeListValidator::validate(QString &input, int &) const
{
    input = input.toUpper();    // same length, so the cursor stays put
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

QString BaseUrlValidator::problem(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return tr("Type the server's base URL, e.g. http://127.0.0.1:8080/flags.");
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!text.contains(QStringLiteral("://")) || (scheme != u"http" && scheme != u"https"))
        return tr("The URL must start with http:// or https://.");
    if (!url.isValid() || url.host().isEmpty() || !resolveServer(text))
        return tr("“%1” is not a valid URL.").arg(text);
    return {};
}

QValidator::State BaseUrlValidator::validate(QString &input, int &) const
{
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

} // namespace flaglab
