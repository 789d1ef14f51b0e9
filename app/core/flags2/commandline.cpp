#include "commandline.h"

#include "countrycodes.h"
#include "system/helpoptions.h"

#include <QCoreApplication>

#include <algorithm>
#include <type_traits>

namespace flaglab {

namespace {

const QString kAll = QStringLiteral("all");
const QString kEvery = QStringLiteral("every");
const QString kLimit = QStringLiteral("limit");
const QString kMaxReq = QStringLiteral("max_req");
const QString kServer = QStringLiteral("server");
const QString kVerbose = QStringLiteral("verbose");
const QString kBasePort = QStringLiteral("base-port");

QString optionLabel(const QString &name)
{
    // argparse names an option by all its spellings: "-m/--max_req".
    if (name == kLimit)
        return QStringLiteral("-l/--limit");
    if (name == kMaxReq)
        return QStringLiteral("-m/--max_req");
    return QStringLiteral("--") + name;
}

} // namespace

Flags2CommandLine::Flags2CommandLine(const QString &programName, int defaultMaxReq)
    : m_program(programName), m_defaultMaxReq(defaultMaxReq)
{
    const QString servers = serverLabels().join(QStringLiteral(", "));
    m_parser.setApplicationDescription(
        QCoreApplication::translate("Flags2CommandLine",
                                    "Download flags for country codes. Default: top 20 countries by population."));
    addHelpOptions(m_parser);
    m_parser.addPositionalArgument(QStringLiteral("CC"),
        QCoreApplication::translate("Flags2CommandLine", "country code or 1st letter (eg. B for BA...BZ)"),
        QStringLiteral("[CC ...]"));
    addOptions({
        {{QStringLiteral("a"), kAll}, QCoreApplication::translate("Flags2CommandLine", "get all available flags (AD to ZW)")},
        {{QStringLiteral("e"), kEvery}, QCoreApplication::translate("Flags2CommandLine", "get flags for every possible code (AA...ZZ)")},
        {{QStringLiteral("l"), kLimit}, QCoreApplication::translate("Flags2CommandLine", "limit to N first codes"), QStringLiteral("N")},
        {{QStringLiteral("m"), kMaxReq},
         QCoreApplication::translate("Flags2CommandLine", "maximum concurrent requests (default=%1)").arg(defaultMaxReq),
         QStringLiteral("CONCURRENT")},
        {{QStringLiteral("s"), kServer},
         QCoreApplication::translate("Flags2CommandLine", "Server to hit; one of %1 (default=LOCAL), or a base URL such as "
                                                         "http://127.0.0.1:8080/flags").arg(servers),
         QStringLiteral("LABEL")},
        {{QStringLiteral("v"), kVerbose}, QCoreApplication::translate("Flags2CommandLine", "output detailed progress info")},
        {kBasePort,
         QCoreApplication::translate("Flags2CommandLine", "ports of the built-in LOCAL, DELAY and ERROR servers, and of those labels: "
                                                         "N, N+1 and N+2 (default=%1)").arg(kBookBasePort),
         QStringLiteral("N")},
        {QStringLiteral("version"), QCoreApplication::translate("QCommandLineParser", "Displays version information.")},
    });
}

QString Flags2CommandLine::usageLine() const
{
    return QCoreApplication::translate("Flags2CommandLine",
                                       "usage: %1 [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL] [-v] [CC ...]")
        .arg(m_program);
}

QString Flags2CommandLine::helpText() const
{
    return m_parser.helpText();
}

bool Flags2CommandLine::helpRequested() const
{
    return flaglab::helpRequested(m_parser);
}

bool Flags2CommandLine::versionRequested() const
{
    return m_parser.isSet(QStringLiteral("version"));
}

void Flags2CommandLine::addOptions(const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options)
        m_parser.addOption(option);
}

bool Flags2CommandLine::fail(const QString &message, bool toStdout)
{
    m_errorToStdout = toStdout;
    const QString prefix = QCoreApplication::translate("Flags2CommandLine", "*** Usage error: %1").arg(QString());
    m_reason = toStdout && message.startsWith(prefix) ? message.mid(prefix.size()) : message;
    if (toStdout)
        m_error = message + u'\n' + usageLine() + u'\n';
    else
        m_error = usageLine() + u'\n' + QCoreApplication::translate("Flags2CommandLine", "%1: error: %2").arg(m_program, message) + u'\n';
    return false;
}

bool Flags2CommandLine::usageError(const QString &message)
{
    return fail(QCoreApplication::translate("Flags2CommandLine", "*** Usage error: %1").arg(message), true);
}

template <typename Number>
bool Flags2CommandLine::readNumber(const QString &name, Number *value)
{
    static_assert(std::is_same_v<Number, int> || std::is_same_v<Number, double>);
    if (!m_parser.isSet(name))
        return true;
    const QString text = m_parser.value(name);
    bool ok = false;
    Number parsed{};
    if constexpr (std::is_same_v<Number, int>)
        parsed = text.trimmed().toInt(&ok);
    else
        parsed = text.trimmed().toDouble(&ok);
    if (!ok) {
        // argparse names the type it wanted.
        const QString message = std::is_same_v<Number, int>
            ? QCoreApplication::translate("Flags2CommandLine", "argument %1: invalid int value: '%2'")
            : QCoreApplication::translate("Flags2CommandLine", "argument %1: invalid float value: '%2'");
        return fail(message.arg(optionLabel(name), text), false);
    }
    *value = parsed;
    return true;
}

bool Flags2CommandLine::readInt(const QString &name, int *value)
{
    return readNumber(name, value);
}

bool Flags2CommandLine::readDouble(const QString &name, double *value)
{
    return readNumber(name, value);
}

bool Flags2CommandLine::parse(const QStringList &arguments)
{
    m_error.clear();
    m_reason.clear();
    // QCommandLineParser's compacted short options are argparse's clusters
    // already: -al 100, -al100, -m100, -m=7, -vm 3. And an option's value is
    // the next argument whatever it looks like: --dest -ae is a folder "-ae".
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText(), false);
    if (helpRequested() || versionRequested())
        return true;
    return readOptions();
}

bool Flags2CommandLine::readOptions()
{
    Flags2Options options;
    options.maxReq = m_defaultMaxReq;
    int limit = std::numeric_limits<int>::max();
    if (!readInt(kMaxReq, &options.maxReq) || !readInt(kLimit, &limit))
        return false;
    if (options.maxReq < 1)
        return fail(QCoreApplication::translate("Flags2CommandLine", "*** Usage error: --max_req CONCURRENT must be >= 1"), true);
    if (limit < 1)
        return fail(QCoreApplication::translate("Flags2CommandLine", "*** Usage error: --limit N must be >= 1"), true);

    if (m_parser.isSet(kBasePort)) {
        options.basePort = parseBasePort(m_parser.value(kBasePort));
        if (!options.basePort)
            return fail(QCoreApplication::translate("Flags2CommandLine", "*** Usage error: --base-port N must be from 1 to %1")
                            .arg(kMaxBasePort),
                        true);
    }
    const QString label = m_parser.isSet(kServer) ? m_parser.value(kServer) : QStringLiteral("LOCAL");
    const auto server = resolveServer(label, options.basePort.value_or(bookBasePort()));
    if (!server)
        return fail(QCoreApplication::translate("Flags2CommandLine", "*** Usage error: --server LABEL must be one of %1")
                        .arg(serverLabels().join(QStringLiteral(", "))),
                    true);
    options.server = *server;

    CodeSelection selection;
    selection.every = m_parser.isSet(kEvery);
    selection.all = m_parser.isSet(kAll);
    selection.ccArgs = m_parser.positionalArguments();
    selection.limit = limit;
    const ExpandedCodes expanded = expandCodes(selection);
    if (!expanded.ok())
        return fail(expanded.error, true);
    options.codes = expanded.codes;
    options.verbose = m_parser.isSet(kVerbose);
    options.actualReq = std::min({options.maxReq, kMaxConcurrency, int(options.codes.size())});
    m_options = options;
    return true;
}

} // namespace flaglab
