#pragma once

class QCommandLineParser;

namespace flaglab {

// The help options every FlagLab program takes, the same on every platform:
// -h, --help and --help-all from QCommandLineParser::addHelpOption(), and -?,
// which Qt registers only on Windows (hidden from the help elsewhere).
void addHelpOptions(QCommandLineParser &parser);

// True when any help option is on the command line. --help-all prints the same
// help as --help: Qt only adds its own options (-platform, ...) to that text
// from QCommandLineParser::process(), which exits the process, and a
// program's --help must work without a display.
bool helpRequested(const QCommandLineParser &parser);

} // namespace flaglab
