#pragma once

#include "engine/runconfig.h"

#include <QCommandLineOption>
#include <QString>
#include <optional>

namespace flaglab {

class Flags2CommandLine;
struct Flags2Options;

// FlagLab's run options on top of the book's flags2 command line, shared by
// flaglab-cli and the window. Their names, value names, checks and usage
// errors live here; the help texts come from each program, which words them
// (and their defaults, such as --dest's folder) its own way.
enum class RunOption { Timeout, Dest, NameByCountry, SingleManager, Threads, Retries, MaxConnecting, AllowRemoteLoad,
                       Http1, Http2, CaCert, Sync };
// Every one of them, for a command line that takes them all (a race's lane).
inline constexpr RunOption kAllRunOptions[] = {
    RunOption::Timeout, RunOption::Dest, RunOption::NameByCountry, RunOption::SingleManager, RunOption::Threads,
    RunOption::Retries, RunOption::MaxConnecting, RunOption::AllowRemoteLoad, RunOption::Http1, RunOption::Http2,
    RunOption::CaCert, RunOption::Sync};

QCommandLineOption runOption(RunOption option, const QString &help);

// What FlagLab's run options on a command line say; an option not given
// stays unset. Command-line input only, beside Flags2Options (the book's
// options): flaglab-cli lays them over its RunConfig with applyTo(), and
// the window keeps them in GuiOptions::run, where its controls take those
// they have and MainWindow::configFor() the others.
struct RunOptions {
    std::optional<int> timeoutMs;         // --timeout S: 0 < S <= 3600
    std::optional<int> retries;           // --retries N: 0 to 10
    std::optional<int> maxConnecting;     // --max-connecting N: 0 (no limit) to 1000
    std::optional<QString> destination;   // --dest DIR
    std::optional<RunConfig::Model> model;          // --threads: Threads
    std::optional<RunConfig::Protocol> protocol;    // --http1 or --http2
    QList<QSslCertificate> caCertificates;          // --cacert FILE (PEM)
    bool nameByCountry = false;
    bool singleManager = false;
    bool syncFiles = false;               // --sync
    bool allowRemoteLoad = false;         // not part of a run: the driver asks or refuses

    // Sets in run what the command line gave, and leaves the rest as it is.
    void applyTo(RunConfig *run) const;
};

// The run a flags2 command line asks for, as flaglab-cli makes it: the
// book's options, then FlagLab's over them.
RunConfig runConfigOf(const Flags2Options &flags2, const RunOptions &options);

// After a successful commandLine.parse(), with every RunOption added. False on
// a usage error, which commandLine.errorText() then holds.
bool readRunOptions(Flags2CommandLine &commandLine, RunOptions *options);

} // namespace flaglab
