#include "engine/requestrecord.h"
#include "flags2/commandline.h"
#include "flags2/textreport.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace flaglab;

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        i18n::installTranslations(QStringLiteral("en"));
        setReportTranslated(false);
    }

    void canonicalLanguages()
    {
        QCOMPARE(i18n::canonicalLanguage(QStringLiteral("ru_RU.UTF-8")), QStringLiteral("ru"));
        QCOMPARE(i18n::canonicalLanguage(QStringLiteral("ru")), QStringLiteral("ru"));
        QCOMPARE(i18n::canonicalLanguage(QStringLiteral("pt-BR")), QStringLiteral("pt_BR"));
        QCOMPARE(i18n::canonicalLanguage(QStringLiteral("pt_br")), QStringLiteral("pt_BR"));
        QCOMPARE(i18n::canonicalLanguage(QStringLiteral("pt")), QStringLiteral("pt_BR"));
        QCOMPARE(i18n::canonicalLanguage(QStringLiteral("C")), QStringLiteral("en"));
        QCOMPARE(i18n::canonicalLanguage(QStringLiteral("en_GB.UTF-8")), QStringLiteral("en"));
        QVERIFY(!i18n::canonicalLanguage(QStringLiteral("de_DE")));
        QVERIFY(!i18n::canonicalLanguage(QString()));
        QCOMPARE(i18n::languageCodes(), (QStringList{"en", "ru", "pt_BR"}));
    }

    void everyCatalogueIsCompiledIn()
    {
        for (const QString &code : i18n::languageCodes()) {
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/flaglab_%1.qm").arg(code)), qPrintable(code));
            QCOMPARE(i18n::installTranslations(code), code);
        }
    }

    void helpIsTranslated()
    {
        QCOMPARE(i18n::installTranslations(QStringLiteral("ru")), QStringLiteral("ru"));
        QVERIFY(Flags2CommandLine(QStringLiteral("flaglab-cli"), 5).helpText().contains(QStringLiteral("Параметры:")));
        QCOMPARE(i18n::installTranslations(QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
        QVERIFY(Flags2CommandLine(QStringLiteral("flaglab-cli"), 5).helpText().contains(QStringLiteral("Opções:")));
        QCOMPARE(i18n::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(Flags2CommandLine(QStringLiteral("flaglab-cli"), 5).helpText().contains(QStringLiteral("Options:")));
        // English plural forms come from flaglab_en.qm.
        QCOMPARE(QCoreApplication::translate("TextReport", "flag(s) downloaded.", nullptr, 1),
                 QStringLiteral("flag downloaded."));
        QCOMPARE(QCoreApplication::translate("TextReport", "flag(s) downloaded.", nullptr, 2),
                 QStringLiteral("flags downloaded."));
    }

    void reportStaysEnglishUnlessAsked()
    {
        RunCounts counts;
        counts.ok = 52;
        counts.errors = 48;
        i18n::installTranslations(QStringLiteral("ru"));
        const QStringList english{"--------------------", " 52 flags downloaded.", " 48 errors.", "Elapsed time: 3.31s"};
        QCOMPARE(finalReport(counts, 3.31), english);
        setReportTranslated(true);
        QCOMPARE(finalReport(counts, 3.31),
                 (QStringList{"--------------------", " 52 флага загружено.", " 48 ошибок.", "Затраченное время: 3.31 с"}));
        counts.ok = 1;
        counts.errors = 0;
        QCOMPARE(finalReport(counts, 0.5).at(1), QStringLiteral("  1 флаг загружен."));
        QCOMPARE(initialReport(QStringLiteral("ERROR"), QStringLiteral("http://localhost:8002/flags"),
                               {QStringLiteral("AD"), QStringLiteral("AE")}, 2),
                 (QStringList{"Сайт ERROR: http://localhost:8002/flags", "Ищем 2 флага: AD, AE",
                              "Будут использованы 2 одновременных соединения."}));
        // Both time-outs say which budget ran out, in the report's language too.
        RequestRecord late;
        late.cc = QStringLiteral("BR");
        late.outcome = Outcome::Error;
        late.error = QStringLiteral("timed out: no connection in 3.1s");
        QCOMPARE(verboseLine(late), QStringLiteral("BR ошибка: тайм-аут: нет соединения за 3.1 с"));
        late.error = QStringLiteral("timed out: no data for 3.1s");
        QCOMPARE(verboseLine(late), QStringLiteral("BR ошибка: тайм-аут: нет данных 3.1 с"));
        i18n::installTranslations(QStringLiteral("pt_BR"));
        QCOMPARE(finalReport(counts, 0.5).at(1), QStringLiteral("  1 bandeira baixada."));
        setReportTranslated(false);
        QCOMPARE(finalReport(counts, 0.5).at(1), QStringLiteral("  1 flag downloaded."));
    }

    // flaglab-cli: the system language translates the help and the usage
    // errors, --lang also the report; the report is English otherwise.
    void cliFollowsTheRules()
    {
        const QString cli = qEnvironmentVariable("FLAGLAB_BIN_DIR") + QStringLiteral("/flaglab-cli");
        QVERIFY2(QFile::exists(cli), qPrintable(cli));    // built first: add_dependencies in CMakeLists.txt
        auto run = [&](const QString &lang, const QStringList &args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("LANGUAGE"));
            env.remove(QStringLiteral("LC_ALL"));
            env.remove(QStringLiteral("LC_MESSAGES"));
            env.insert(QStringLiteral("LANG"), lang);
            process.setProcessEnvironment(env);
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(cli, args);
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAll());
        };
        QVERIFY(run(QStringLiteral("ru_RU.UTF-8"), {"--help"}).contains(QStringLiteral("Загрузка флагов")));
        QVERIFY(run(QStringLiteral("pt_BR.UTF-8"), {"-m", "0"}).contains(QStringLiteral("*** Erro de uso:")));
        QVERIFY(run(QStringLiteral("C.UTF-8"), {"-m", "0"}).contains(QStringLiteral("*** Usage error:")));
        QVERIFY(run(QStringLiteral("C.UTF-8"), {"--lang", "ru", "-m", "0"}).contains(QStringLiteral("*** Ошибка")));
        const QString unknown = run(QStringLiteral("C.UTF-8"), {"--lang", "xx"});
        QVERIFY2(unknown.contains(QStringLiteral("unknown language 'xx'")), qPrintable(unknown));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
