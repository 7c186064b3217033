// SPDX-License-Identifier: Apache-2.0
// Accessibility and look of the panels and dialogs outside the main window's own code: every
// focusable control has a name a screen reader can speak; the profile dialog's Alt+letter
// mnemonics are unique among the controls visible together; Tab leaves the stage board; the
// keyboard's chip has a visible focus ring; the tones stay readable on a dark palette.
#include "core/profile/memorycredentialstore.h"
#include "core/profile/profilecredentialstore.h"
#include "core/profile/profilestore.h"
#include "ui/addstagedialog.h"
#include "ui/clipboardguard.h"
#include "ui/detailspanel.h"
#include "ui/messagebanner.h"
#include "ui/palettetones.h"
#include "ui/profiles/productionguard.h"
#include "ui/profiles/profiledialog.h"
#include "ui/riskymovedialog.h"
#include "ui/stageboard.h"
#include "ui/stageboardview.h"
#include "ui/valuepanel.h"

#include "../ui/uisandbox.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace keystage;
using keystage::ui::PaletteTones;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return p;
}

// The focusable controls of `root` (itself included) that are shown, and those among them that a
// screen reader would announce without a name.
QStringList unnamedControls(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QStringList unnamed;
    for (QWidget *w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root))
            continue;
        // The line edit inside an editable combo box is spoken as the combo box.
        if (qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

// Alt+letter mnemonics of the buttons and buddy labels visible in `root`, letter -> texts.
QMultiMap<QChar, QString> visibleMnemonics(QWidget *root)
{
    QMultiMap<QChar, QString> result;
    const auto note = [&](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) != u'&')
                    result.insert(text.at(i + 1).toUpper(), text);
                ++i;
            }
        }
    };
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            note(label->text());
    }
    return result;
}

QStringList clashes(const QMultiMap<QChar, QString> &mnemonics)
{
    QStringList out;
    const auto keys = mnemonics.uniqueKeys();
    for (const QChar key : keys) {
        const QStringList texts = mnemonics.values(key);
        if (texts.size() > 1)
            out << QStringLiteral("Alt+%1: %2").arg(key).arg(texts.join(QStringLiteral(" | ")));
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void profileDialogControlsAreNamed();
    void profileDialogMnemonicsAreUnique();
    void productionGuardControlsAreNamed();
    void stageDialogsControlsAreNamed();
    void panelsControlsAreNamed();
    void tabLeavesTheBoardAndTheChipShowsFocus();
    void tonesReadableOnLightAndDark_data();
    void tonesReadableOnLightAndDark();
    void bannerFollowsThePalette();

private:
    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

void TestAccessibility::initTestCase()
{
    QVERIFY2(m_server.start(), m_server.errorOutput().constData());
    m_client = test::uiClient(&m_nam, m_server);
    QVERIFY(test::createSecret(m_client.get(), QStringLiteral("look-app"), QStringLiteral("one")));
    CreateVersionRequest r;
    r.secretString = QStringLiteral("two");
    QVERIFY(test::await(m_client->createVersion(QStringLiteral("look-app"), r)).ok());
    QVERIFY(test::await(m_client->createStage(QStringLiteral("look-app"), QStringLiteral("BETA"),
                                              QStringLiteral("v1")))
                    .ok());
}

void TestAccessibility::cleanup()
{
    QApplication::setPalette(QPalette());
}

void TestAccessibility::profileDialogControlsAreNamed()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    MemoryCredentialStore keychain;
    ui::ProfileCredentialStore credentials(&keychain);
    QNetworkAccessManager nam;
    ui::ProfileDialog dialog(&profiles, &credentials, &nam);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(unnamedControls(&dialog), QStringList());
    // The IAM fields too.
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("authMethod"));
    QVERIFY(method);
    method->setCurrentIndex(1);
    QCOMPARE(unnamedControls(&dialog), QStringList());
}

void TestAccessibility::profileDialogMnemonicsAreUnique()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    MemoryCredentialStore keychain;
    ui::ProfileCredentialStore credentials(&keychain);
    QNetworkAccessManager nam;
    ui::ProfileDialog dialog(&profiles, &credentials, &nam);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // First start (sandbox offer shown), AK/SK fields.
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("trySandbox"))->isVisible());
    QMultiMap<QChar, QString> ak = visibleMnemonics(&dialog);
    QVERIFY(ak.size() >= 15);
    QCOMPARE(clashes(ak), QStringList());
    // IAM user fields instead of the key pair.
    dialog.findChild<QComboBox *>(QStringLiteral("authMethod"))->setCurrentIndex(1);
    const QMultiMap<QChar, QString> iam = visibleMnemonics(&dialog);
    QCOMPARE(clashes(iam), QStringList());
    // The button that appears after a keychain failure clashes with nothing either.
    dialog.findChild<QWidget *>(QStringLiteral("keepForSession"))->show();
    QCOMPARE(clashes(visibleMnemonics(&dialog)), QStringList());
    // The reported clashes: Alt+S and Alt+T each reach exactly one control.
    QCOMPARE(ak.values(u'S').size(), 1);
    QCOMPARE(ak.values(u'T').size(), 1);
    // Alt+T really tests: the mnemonic reaches "Test connection".
    auto *test = dialog.findChild<QAbstractButton *>(QStringLiteral("testConnection"));
    QCOMPARE(test->shortcut(), QKeySequence(Qt::ALT | Qt::Key_T));
}

void TestAccessibility::productionGuardControlsAreNamed()
{
    Profile profile;
    profile.id = QStringLiteral("p1");
    profile.displayName = QStringLiteral("Payments production");
    profile.production = true;
    ui::ProductionGuard guard(profile, QStringLiteral("Delete 3 secrets"));
    guard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guard));
    QCOMPARE(unnamedControls(&guard), QStringList());
}

void TestAccessibility::stageDialogsControlsAreNamed()
{
    ui::AddStageDialog add(QStringLiteral("v2"), {});
    add.show();
    QVERIFY(QTest::qWaitForWindowExposed(&add));
    QCOMPARE(unnamedControls(&add), QStringList());
    auto *name = add.findChild<QWidget *>(QStringLiteral("stageName"));
    QVERIFY(!name->accessibleDescription().isEmpty());

    StagePrediction prediction;
    ui::RiskyMoveDialog risky(QStringLiteral("Move SYSCURRENT to v1?"), prediction,
                              QStringLiteral("Move"));
    risky.show();
    QVERIFY(QTest::qWaitForWindowExposed(&risky));
    QCOMPARE(unnamedControls(&risky), QStringList());
}

void TestAccessibility::panelsControlsAreNamed()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    ui::ClipboardGuard clipboard;
    auto *value = new ui::ValuePanel(&clipboard, &window);
    auto *details = new ui::DetailsPanel(&window);
    auto *banner = new ui::MessageBanner(&window);
    QUndoStack undo;
    auto *board = new ui::StageBoard(&undo, &window);
    layout->addWidget(banner);
    layout->addWidget(board);
    layout->addWidget(value);
    layout->addWidget(details);
    banner->showMessage(ui::MessageBanner::Level::Error, QStringLiteral("Moving BETA failed"),
                        QStringLiteral("The stage moved meanwhile."));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(unnamedControls(&window), QStringList());
    // Every button also says what it does.
    const auto buttons = window.findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->isVisibleTo(&window))
            QVERIFY2(!b->accessibleDescription().isEmpty(), qPrintable(b->objectName()));
    }
}

void TestAccessibility::tabLeavesTheBoardAndTheChipShowsFocus()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    QUndoStack undo;
    auto *before = new QLineEdit(&window);
    auto *board = new ui::StageBoard(&undo, &window);
    auto *after = new QLineEdit(&window);
    layout->addWidget(before);
    layout->addWidget(board);
    layout->addWidget(after);
    window.resize(700, 300);
    board->setClient(m_client.get());
    QSignalSpy loaded(board->model(), &VersionStageModel::versionsLoaded);
    board->setSecret(QStringLiteral("look-app"));
    QVERIFY(loaded.wait());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    auto *view = board->view();

    // Paint the board without keyboard focus, then with it on the BETA chip: the ring around the
    // chip changes pixels right outside the chip (the row is selected, so the ring must not be
    // drawn in the row's own Highlight colour).
    before->setFocus();
    QTRY_VERIFY(before->hasFocus());
    QVERIFY(view->selectStage(QStringLiteral("BETA")));
    const auto chipRect = [&]() {
        const auto chips = view->chipsOfRow(view->currentChipRow());
        for (const auto &chip : chips) {
            if (chip.stage == QStringLiteral("BETA"))
                return chip.rect;
        }
        return QRect();
    };
    const QRect chip = chipRect();
    QVERIFY(chip.isValid());
    const QRect around = chip.adjusted(-4, -4, 4, 4);
    const auto ringPixels = [&]() {
        const QImage image = view->viewport()->grab(around).toImage();
        QList<QRgb> pixels;
        for (int x = 0; x < image.width(); ++x)
            pixels << image.pixel(x, 1); // the ring's top edge, 2-3 px above the chip
        return pixels;
    };
    const QImage rowImage = view->viewport()->grab(around).toImage();
    const QRgb rowBackground = rowImage.pixel(1, 1);
    // Tab order: the line edit, the board's buttons (above it), the board.
    QStringList order;
    for (int i = 0; i < 4 && !view->hasFocus(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order, QStringList({QStringLiteral("addStageButton"), QStringLiteral("rollBackButton"),
                                 QStringLiteral("stageBoard")}));
    QCOMPARE(view->currentStage(), QStringLiteral("BETA"));
    const QList<QRgb> focused = ringPixels();
    const int middle = focused.size() / 2;
    QVERIFY2(qAbs(qGray(focused.at(middle)) - qGray(rowBackground)) > 60,
             "the focus ring is not visible against the selected row");

    // Left/Right stay inside the board, Tab leaves it for the next control.
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(view->hasFocus());
    QVERIFY(view->accessibleDescription().contains(view->currentStage()));
    QTest::keyClick(view, Qt::Key_Tab);
    QTRY_VERIFY(after->hasFocus());
}

void TestAccessibility::tonesReadableOnLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestAccessibility::tonesReadableOnLightAndDark()
{
    QFETCH(bool, dark);
    QPalette palette;
    if (dark) {
        palette = darkPalette();
    } else {
        palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        palette.setColor(QPalette::Base, Qt::white);
    }
    QCOMPARE(PaletteTones::isDark(palette), dark);
    using Tone = PaletteTones::Tone;
    for (Tone tone : {Tone::Information, Tone::Warning, Tone::Error, Tone::Success}) {
        // Banner text on its tone, coloured text on the window and on the table's base.
        QVERIFY(PaletteTones::contrastRatio(PaletteTones::textOnBackground(palette),
                                            PaletteTones::background(tone, palette))
                >= 7);
        QVERIFY(PaletteTones::contrastRatio(PaletteTones::foreground(tone, palette),
                                            palette.color(QPalette::Window))
                >= 4.5);
        QVERIFY(PaletteTones::contrastRatio(PaletteTones::foreground(tone, palette),
                                            palette.color(QPalette::Base))
                >= 4.5);
        // The deprecated badge: warning text on the warning background.
        QVERIFY(PaletteTones::contrastRatio(PaletteTones::foreground(Tone::Warning, palette),
                                            PaletteTones::background(Tone::Warning, palette))
                >= 4.5);
    }
    for (const char *stage : {"SYSCURRENT", "SYSPREVIOUS", "BETA"}) {
        const auto chip = PaletteTones::chip(QString::fromLatin1(stage), palette);
        QVERIFY2(PaletteTones::contrastRatio(chip.text, chip.fill) >= 4.5, stage);
        // The chip's outline stands out from the table.
        QVERIFY2(PaletteTones::contrastRatio(chip.border, palette.color(QPalette::Base)) >= 2.5,
                 stage);
    }
}

void TestAccessibility::bannerFollowsThePalette()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new ui::MessageBanner(&window);
    layout->addWidget(banner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    banner->showMessage(ui::MessageBanner::Level::Warning, QStringLiteral("Stage moved"));
    const QColor lightBackground = banner->palette().color(QPalette::Window);
    QVERIFY(lightBackground.lightnessF() > 0.5);
    // The desktop switches to a dark palette while the message is shown.
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(banner->palette().color(QPalette::Window).lightnessF() < 0.5);
    const QColor darkBackground = banner->palette().color(QPalette::Window);
    QVERIFY(darkBackground != lightBackground);
    QVERIFY(PaletteTones::contrastRatio(banner->palette().color(QPalette::WindowText),
                                        darkBackground)
            >= 7);
    // And back.
    QApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    QTRY_VERIFY(banner->palette().color(QPalette::Window).lightnessF() > 0.5);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
