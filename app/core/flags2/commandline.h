#pragma once

#include "serverlabels.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

namespace flaglab {

// What the book's flags2 command line asks for (flags2_common.process_args),
// after validation and code expansion: the server, the codes and max_req
// with the concurrency it comes to. The book's options only: FlagLab's
// extras (--timeout, --threads, ...) are RunOptions. flaglab-cli makes its
// RunConfig of the two; the window takes only the options given (GuiOptions).
struct Flags2Options {
    ServerTarget server;
    QStringList codes;
    int maxReq = 5;
    int actualReq = 5;      // min(max_req, 1000, number of codes), as the book computes it
    bool verbose = false;
    // --base-port: where LOCAL, DELAY and ERROR are (server above already
    // follows it); the driver passes it to setBookBasePort() for its built-in servers.
    std::optional<quint16> basePort;
};

// The flags2 command line (flags2_common.process_args), shared by
// flaglab-cli and the window. Drivers add their own options to parser()
// before parse(). Short options cluster as argparse allows: -al 100, -m100
// (QCommandLineParser's compacted short options, its default).
class Flags2CommandLine {
public:
    static constexpr int kMaxConcurrency = 1000;

    Flags2CommandLine(const QString &programName, int defaultMaxReq);

    // A driver's own options, beside the flags2 ones.
    void addOptions(const QList<QCommandLineOption> &options);
    const QCommandLineParser &parser() const { return m_parser; }

    // False on a usage error: print errorText() to stdout when
    // errorToStdout() (the book's "*** Usage error" lines), else to stderr
    // (argparse's own errors), and exit with status 2.
    bool parse(const QStringList &arguments);
    bool helpRequested() const;
    bool versionRequested() const;

    QString usageLine() const;
    QString helpText() const;
    QString errorText() const { return m_error; }
    // The error alone, on one line, without the usage line or the "*** Usage
    // error:" prefix: for a driver that reports it inside a message of its own.
    QString errorReason() const { return m_reason; }
    bool errorToStdout() const { return m_errorToStdout; }

    Flags2Options options() const { return m_options; }

    // A driver's own check failed: the book's "*** Usage error: MESSAGE" and
    // the usage line, to stdout. Always false, for `return cmd.usageError(...)`.
    bool usageError(const QString &message);

    // For driver options: a number, or a usage error naming the option.
    bool readDouble(const QString &name, double *value);
    bool readInt(const QString &name, int *value);

private:
    bool fail(const QString &message, bool toStdout);
    template <typename Number>
    bool readNumber(const QString &name, Number *value);   // int or double
    bool readOptions();

    QString m_program;
    int m_defaultMaxReq;
    QCommandLineParser m_parser;
    Flags2Options m_options;
    QString m_error;
    QString m_reason;
    bool m_errorToStdout = false;
};

} // namespace flaglab
