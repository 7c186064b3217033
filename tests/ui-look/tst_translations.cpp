// SPDX-License-Identifier: Apache-2.0
// The Simplified Chinese translation: translations/keystage_zh_CN.ts is complete (no unfinished
// entry, placeholders and mnemonics kept, one form for every %n message) and keystage_en.ts has
// both plural forms; the main window built after loading the translators the way app/main.cpp
// does (Qt's own qtbase catalogue and ours from :/i18n) shows Chinese menus, board and dialogs,
// for an explicit --lang zh_CN and for the system locale (LANG=zh_CN.UTF-8, a second ctest run).
#include "cellsfit.h"
#include "core/api/csmsclient.h"
#include "core/model/secretlistmodel.h"
#include "core/sandbox/sandboxprofile.h"
#include "csmslocal.h"
#include "ui/mainwindow.h"
#include "ui/stageboard.h"
#include "ui/stageboardview.h"
#include "ui/translators.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace keystage;
using keystage::ui::installTranslators;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QString translation;
    QStringList forms;
};

QList<TsMessage> readTs(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QXmlStreamReader xml(&f);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage();
            current.context = context;
            current.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished")
                                 || type == QLatin1String("vanished")
                                 || type == QLatin1String("obsolete");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.translation = xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    found.sort();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    return re.match(QString(text).replace(QStringLiteral("&&"), QString())).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsComplete();
    void englishHasPluralForms();
    void mainWindowSpeaksChinese();
    void systemLocaleIsHonoured();
    void pluralsAreFilledIn();
    void chineseDatesFitTheirColumns();
};

void TestTranslations::chineseIsComplete()
{
    QString error;
    const auto messages
            = readTs(QStringLiteral(KEYSTAGE_SOURCE_DIR "/translations/keystage_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (m.unfinished) {
            problems << QStringLiteral("unfinished: ") + where;
            continue;
        }
        const QStringList texts = m.numerus ? m.forms : QStringList{m.translation};
        if (m.numerus && m.forms.size() != 1) // Chinese has one form
            problems << QStringLiteral("forms: ") + where;
        for (const QString &text : texts) {
            if (text.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + where;
            else if (placeholders(text) != placeholders(m.source))
                problems << QStringLiteral("placeholders: ") + where + QStringLiteral(" => ")
                                    + text;
            else if (hasMnemonic(m.source) && !hasMnemonic(text))
                problems << QStringLiteral("mnemonic: ") + where + QStringLiteral(" => ") + text;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::englishHasPluralForms()
{
    QString error;
    const auto messages
            = readTs(QStringLiteral(KEYSTAGE_SOURCE_DIR "/translations/keystage_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int numerus = 0;
    for (const TsMessage &m : messages) {
        if (!m.numerus)
            continue;
        ++numerus;
        QVERIFY2(!m.unfinished && m.forms.size() == 2, qPrintable(m.source));
        QVERIFY2(!m.forms.at(0).contains(QLatin1String("(s)")), qPrintable(m.source));
    }
    QVERIFY(numerus >= 10);
}

void TestTranslations::mainWindowSpeaksChinese()
{
    installTranslators(QLocale(QStringLiteral("zh_CN")));
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *edit = window.findChild<QMenu *>(QStringLiteral("editMenu"));
    auto *secrets = window.findChild<QMenu *>(QStringLiteral("secretsMenu"));
    QVERIFY(file && edit && secrets);
    QCOMPARE(file->title(), QStringLiteral("文件(&F)"));
    QCOMPARE(edit->title(), QStringLiteral("编辑(&E)"));
    QCOMPARE(secrets->title(), QStringLiteral("凭据(&S)"));
    // The board and its buttons.
    auto *add = window.findChild<QToolButton *>(QStringLiteral("addStageButton"));
    QVERIFY(add);
    QCOMPARE(add->text(), QStringLiteral("添加版本状态…"));
    auto *board = window.findChild<ui::StageBoard *>();
    QVERIFY(board);
    QVERIFY(board->view()->accessibleName().contains(QStringLiteral("版本")));
    // No English left in the menus.
    const auto menus = window.menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            QVERIFY2(action->text().contains(
                             QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                     qPrintable(action->text()));
        }
    }
    // Qt's own strings come from qtbase_zh_CN: the standard Cancel button.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    installTranslators(QLocale::c());
}

void TestTranslations::systemLocaleIsHonoured()
{
    // Run by ctest a second time with LANG=zh_CN.UTF-8 (tst_translations_system_locale).
    if (qEnvironmentVariable("KEYSTAGE_EXPECT_LANG") != QLatin1String("zh_CN"))
        QSKIP("only in the LANG=zh_CN.UTF-8 run");
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    installTranslators(QLocale()); // what main.cpp does without --lang
    ui::MainWindow window;
    auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral("文件(&F)"));
    installTranslators(QLocale::c());
}

void TestTranslations::pluralsAreFilledIn()
{
    installTranslators(QLocale(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("keystage::ui::ValuePanel",
                                         "Copy the value without showing it; the clipboard is "
                                         "cleared after %n second(s)",
                                         nullptr, 30),
             QStringLiteral("复制凭据值而不显示；剪贴板将在 30 秒后清除"));
    installTranslators(QLocale(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("keystage::ui::MainWindow", "Copied %n name(s)", nullptr,
                                         1),
             QStringLiteral("Copied 1 name"));
    // A language without a translation, and the C locale (a bare LANG=C session), speak English
    // with its plural forms, not "%n name(s)".
    for (const QLocale &other : {QLocale::c(), QLocale(QStringLiteral("de_DE"))}) {
        installTranslators(other);
        QCOMPARE(QCoreApplication::translate("keystage::ui::MainWindow", "Copied %n name(s)",
                                             nullptr, 3),
                 QStringLiteral("Copied 3 names"));
    }
    installTranslators(QLocale(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("keystage::ui::ValuePanel",
                                         "Copy the value without showing it; the clipboard is "
                                         "cleared after %n second(s)",
                                         nullptr, 1),
             QStringLiteral("Copy the value without showing it; the clipboard is cleared after 1 "
                            "second"));
    installTranslators(QLocale::c());
}

// In Chinese (translated "deletion on …", Chinese dates, italics for pending rows) the secrets
// table's state and time cells are whole, on a real csms-local whose demo seed has secrets pending
// deletion.
void TestTranslations::chineseDatesFitTheirColumns()
{
    const QLocale zh(QStringLiteral("zh_CN"));
    installTranslators(zh);
    QLocale::setDefault(zh); // as app/main.cpp does for --lang
    test::CsmsLocalOptions options;
    options.seedDemo = 40;
    test::CsmsLocal server(options);
    QVERIFY2(server.start(), server.errorOutput().constData());
    QNetworkAccessManager nam;
    CsmsClient client(&nam, ui::SandboxProfile::profile(server.baseUrl()),
                      ui::SandboxProfile::credentials());
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setClient(&client);
        QTRY_VERIFY(window.secretsModel()->rowCount() > 0);
        QAbstractItemModel *rows = window.secretsView()->model();
        bool pending = false;
        for (int row = 0; row < rows->rowCount() && !pending; ++row)
            pending = rows->index(row, 0).data(SecretListModel::PendingDeleteRole).toBool();
        QVERIFY(pending);
        const QStringList cut = test::cutCells(
                window.secretsView(),
                {SecretListModel::StateColumn, SecretListModel::CreatedColumn,
                 SecretListModel::UpdatedColumn, SecretListModel::ScheduledDeletionColumn});
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        window.setClient(nullptr);
    }
    QLocale::setDefault(QLocale::c());
    installTranslators(QLocale::c());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
