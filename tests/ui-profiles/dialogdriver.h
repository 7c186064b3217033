// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the profile dialog tests: fill the form like a user, answer the next modal
// dialog, read what the dialog shows.
#pragma once

#include "ui/profiles/profiledialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace keystage::test {

inline QLineEdit *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QLatin1String(name));
}

inline QPushButton *pushButton(QWidget *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QLatin1String(name));
}

// Replaces the text of a field by typing, as a user would (textEdited is emitted).
inline void type(QWidget *dialog, const char *name, const QString &text)
{
    QLineEdit *edit = field(dialog, name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void chooseRegion(QWidget *dialog, const QString &regionId)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("region"));
    QVERIFY(combo);
    const int index = combo->findData(regionId);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

inline void chooseIamPassword(QWidget *dialog)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("authMethod"));
    QVERIFY(combo);
    combo->setCurrentIndex(1);
}

inline void setChecked(QWidget *dialog, const char *name, bool checked)
{
    auto *box = dialog->findChild<QCheckBox *>(QLatin1String(name));
    QVERIFY(box);
    if (box->isChecked() != checked)
        box->click();
    QCOMPARE(box->isChecked(), checked);
}

inline QString problemsText(QWidget *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("problems"));
    return label && label->isVisibleTo(dialog) ? label->text() : QString();
}

// Runs fn on the next modal dialog once it is shown (from inside its exec()).
inline void onNextModal(std::function<void(QDialog *)> fn)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fn]() {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        fn(modal);
    });
    timer->start();
}

} // namespace keystage::test
