// SPDX-License-Identifier: Apache-2.0
// What the create dialogs (New secret, New version) share under their forms: a line saying what
// is still missing, a line for the result, and Cancel next to the action button. The texts come
// in already translated, so each dialog keeps its own translation context.
#pragma once

#include <QString>

class QDialog;
class QLabel;
class QLayout;
class QPushButton;

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

} // namespace keystage::ui
