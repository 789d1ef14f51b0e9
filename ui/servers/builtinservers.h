#pragma once

#include "server/serverconfig.h"

#include <QObject>
#include <array>
#include <optional>

class QSettings;

namespace flaglab {

class ServerThread;

// The three test servers of the book (LOCAL, DELAY, ERROR), each a FlagServer
// on a thread of its own on the book's port. A port that is taken (say nginx
// serves LOCAL already) is reported, and the window uses what is there.
class BuiltInServers : public QObject {
    Q_OBJECT
public:
    using Mode = ServerConfig::Mode;
    static constexpr std::array<Mode, 3> kModes = {Mode::Local, Mode::Delay, Mode::Error};

    explicit BuiltInServers(QObject *parent = nullptr);
    ~BuiltInServers() override;

    void startAll();
    void stopAll();
    bool isRunning(Mode mode) const;
    // A run against the server called label is answered by one of these,
    // running in this process: its sockets count against the process's limits.
    bool answers(const QString &label) const;
    bool anyRunning() const;
    QString problem(Mode mode) const;       // why it did not start; empty otherwise
    quint16 port(Mode mode) const;          // where it listens, or would

    ServerConfig config(Mode mode) const;
    void setConfig(Mode mode, const ServerConfig &config);   // the port is kept
    void requestStats();                    // of the running servers: statsReady() brings them
    void resetStats();
    // Seeded servers start their random draws (delays, errors) afresh, so
    // that the next run sees what the last one saw: a scene repeats exactly.
    void reseed();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    static QString label(Mode mode);        // LOCAL, DELAY, ERROR
    static std::optional<Mode> modeFor(const QString &label);   // none for a label not of these
    // How a running server's settings differ from the book's, in a sentence
    // for the Run panel ("DELAY here waits 1 s, not the book's 0.5-5 s");
    // empty when they are the book's. Settings persist across restarts, so a
    // class must be able to see that its DELAY is not the book's.
    QString differenceFromTheBook(Mode mode) const;

Q_SIGNALS:
    void stateChanged();                    // started, stopped, or settings changed
    void statsReady(Mode mode, const ServerStats &stats);

private:
    struct Server {
        ServerThread *thread = nullptr;
        ServerConfig config;
        QString problem;
    };
    Server &server(Mode mode) { return m_servers[int(mode)]; }
    const Server &server(Mode mode) const { return m_servers[int(mode)]; }

    std::array<Server, 3> m_servers;
};

} // namespace flaglab
