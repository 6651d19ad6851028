// Issue 23 point 1: the workbench in Welsh. The Welsh catalogue compiled at build time
// (:/i18n/foi_cy.qm) is chosen from Settings or the system's locale; with it installed the case
// list, a workspace step and the Findings panel speak Welsh, and dates and counts follow the
// Welsh locale.

#include "tests/ui/WorkbenchFixture.h"

#include "core/support/Clock.h"
#include "core/support/InterfaceLanguage.h"
#include "core/support/Profiles.h"
#include "ui/caselist/CaseListView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/workspace/CaseWorkspace.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTranslator>

using namespace foi;

class TestWelshInterface : public QObject
{
    Q_OBJECT
private:
    QTranslator m_translator;

    template<typename T> static T *find(WorkbenchFixture &fixture, const QString &name)
    {
        auto *widget = fixture.workbench->window().findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

private slots:
    void theLanguageComesFromSettingsOrTheSystem()
    {
        const QLocale welshSystem(QLocale::Welsh, QLocale::UnitedKingdom);
        const QLocale englishSystem(QLocale::English, QLocale::UnitedKingdom);
        using core::InterfaceLanguage;
        QCOMPARE(core::interfaceLocale(InterfaceLanguage::System, welshSystem).language(),
                 QLocale::Welsh);
        QCOMPARE(core::interfaceLocale(InterfaceLanguage::System, englishSystem).language(),
                 QLocale::English);
        QCOMPARE(core::interfaceLocale(InterfaceLanguage::Welsh, englishSystem).language(),
                 QLocale::Welsh);
        QCOMPARE(core::interfaceLocale(InterfaceLanguage::English, welshSystem).language(),
                 QLocale::English);
        // A system in another language (French) gets the English interface, with UK dates.
        QCOMPARE(core::interfaceLocale(InterfaceLanguage::System, QLocale(QLocale::French)),
                 englishSystem);
    }

    void settingsKeepTheChoiceForTheNextStart()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(core::Profiles::load(settings).interfaceLanguage, QStringLiteral("system"));
        core::Profiles profiles;
        profiles.interfaceLanguage = QStringLiteral("cy");
        profiles.save(settings);
        QCOMPARE(settings.value(QStringLiteral("interface/language")).toString(),
                 QStringLiteral("cy"));
        QCOMPARE(core::Profiles::load(settings).interfaceLanguage, QStringLiteral("cy"));
        settings.setValue(QStringLiteral("interface/language"), QStringLiteral("klingon"));
        QCOMPARE(core::Profiles::load(settings).interfaceLanguage, QStringLiteral("system"));

        // Settings ▸ Officer offers the choice, each language in its own words, and says when
        // it applies.
        core::AuthorityProfile authority;
        ScriptedFileChooser files;
        ui::SettingsDialog dialog(core::Profiles::load(settings), authority,
                                  dir.filePath(QStringLiteral("authority.json")),
                                  core::Clock::system(), files);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("interfaceLanguageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("system"));
        QVERIFY(combo->findText(QStringLiteral("Cymraeg")) >= 0);
        combo->setCurrentIndex(combo->findData(QStringLiteral("cy")));
        QCOMPARE(dialog.profiles().interfaceLanguage, QStringLiteral("cy"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("interfaceLanguageNoteLabel"));
        QVERIFY(note && note->text().contains(QStringLiteral("next time")));
    }

    // From here on the interface is in Welsh, as the composition root makes it at start.
    void theWelshCatalogueIsBuiltIn()
    {
        QVERIFY2(
            core::installInterfaceTranslation(
                core::interfaceLocale(core::InterfaceLanguage::Welsh, QLocale::c()), m_translator),
            "the Welsh catalogue :/i18n/foi_cy.qm is not in the program");
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        // Qt's own dialog buttons, which Qt ships no Welsh for, come from our catalogue.
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Diddymu"));
    }

    void caseListWorkspaceAndFindingsSpeakWelsh()
    {
        QTemporaryDir dir;
        WorkbenchFixture fixture(dir.path());
        ui::MainWindow &window = fixture.workbench->window();
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The menus.
        QCOMPARE(find<QMenu>(fixture, QStringLiteral("fileMenu"))->title(),
                 QStringLiteral("&Ffeil"));

        // The case list: its headings, filters and count.
        QVERIFY(fixture.cases->save(unansweredReferenceCase()).ok());
        fixture.workbench->showCaseList();
        auto *table = find<QTableView>(fixture, QStringLiteral("caseTableView"));
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Cyfeirnod"));
        QCOMPARE(find<QComboBox>(fixture, QStringLiteral("statusFilterCombo"))->itemText(0),
                 QStringLiteral("Achosion agored"));
        QTRY_COMPARE(find<QLabel>(fixture, QStringLiteral("caseListStatusLabel"))->text(),
                     QStringLiteral("1 achos"));

        // A workspace step: the steps' names and the deadline, received 14 May 2018 ("14 Mai
        // 2018").
        fixture.workbench->openCase(QStringLiteral("13457_18"));
        auto *steps = find<QListWidget>(fixture, QStringLiteral("stepListWidget"));
        QTRY_VERIFY(steps->isVisible());
        QCOMPARE(steps->item(0)->text(), QStringLiteral("1  Cais"));
        QTRY_VERIFY2(find<QLabel>(fixture, QStringLiteral("deadlineLabel"))
                         ->text()
                         .startsWith(QStringLiteral("Derbyniwyd ")),
                     qPrintable(find<QLabel>(fixture, QStringLiteral("deadlineLabel"))->text()));
        QVERIFY(find<QLabel>(fixture, QStringLiteral("deadlineLabel"))
                    ->text()
                    .contains(QStringLiteral("14 Mai 2018")));

        // The step's line of what the Act needs, from the Welsh of step-guidance.json.
        auto *need = find<QLabel>(fixture, QStringLiteral("stepNeedLabel"));
        QTRY_VERIFY(need->isVisible());
        const QString line = QTextDocumentFragment::fromHtml(need->text()).toPlainText();
        QVERIFY2(line.startsWith(QStringLiteral("Yr hyn sydd ei angen ar y Ddeddf yma. "
                                                "adran 8(1): mae cais dilys yn ysgrifenedig")),
                 qPrintable(line));

        // The Findings panel: its count and its title.
        auto *summary = find<QLabel>(fixture, QStringLiteral("findingsSummaryLabel"));
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("Cliciwch ar un i fynd i’r maes")) ||
                         summary->text().startsWith(QStringLiteral("Gwiriad glân")),
                     qPrintable(summary->text()));
        auto *findings = find<QListView>(fixture, QStringLiteral("findingsListView"));
        QCOMPARE(findings->accessibleName(), QStringLiteral("Canfyddiadau"));

        // A new request: the checker's findings, which core writes, are in Welsh too.
        fixture.workbench->newRequest();
        const auto shown = [findings] {
            QStringList rows;
            for (int row = 0; row < findings->model()->rowCount(); ++row)
                rows << findings->model()->index(row, 0).data().toString();
            return rows.join(u'\n');
        };
        QTRY_VERIFY2(shown().contains(
                         QStringLiteral("Rhaid i gais dilys nodi enw’r ymgeisydd (adran 8(1)(b))")),
                     qPrintable(shown()));
    }
};

QTEST_MAIN(TestWelshInterface)
#include "tst_welsh_interface.moc"
