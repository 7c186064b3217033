// SPDX-License-Identifier: Apache-2.0
// What the create dialogs (New secret, New version) share under their forms: a line saying what
// is still missing, a line for the result, and Cancel next to the action button. The texts come
// in already translated, so each dialog keeps its own translation context. And what every
// dialog's size keeps to: the room its screen has.
#pragma once

#include <QSize>
#include <QString>

class QDialog;
class QLabel;
class QLayout;
class QPushButton;
class QWidget;

namespace keystage::ui {

struct ActionDialogTexts
{
    QString problemName; // accessible name of the "what is missing" line
    QString statusName; // accessible name of the result line
    QString action; // the action button's text
    QString actionName; // its accessible name
    QString actionDescription; // its accessible description
    QString cancelName; // the Cancel button's accessible name
};

// Sets up problem and status (plain text, wrapped; the result can be selected and copied), stacks
// form, problem, status and the buttons in the dialog, connects Cancel to reject() and returns
// the action button (object name "createButton"; connect its clicked()).
QPushButton *buildActionDialog(QDialog *dialog, QLayout *form, QLabel *problem, QLabel *status,
                               const ActionDialogTexts &texts);

// The room a window on widget's screen may take: seven eighths of the screen's available size,
// which leaves a title bar and some desktop around it (525 pixels of a 600-pixel-high screen).
QSize screenRoom(const QWidget *widget);
// wanted, or less on a small screen (screenRoom): what a dialog opens at.
QSize openingSize(const QWidget *widget, const QSize &wanted);

} // namespace keystage::ui
