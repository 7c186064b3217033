// SPDX-License-Identifier: Apache-2.0
// PasswordGenerator: the "Generate…" control under a value editor. It asks for a length and a
// character set (PasswordOptionsDialog), has the service generate the password
// (GenerateRandomPassword) and puts it into the editor without showing it: the editor hides
// behind a masked line ("generated, N characters") until Show is pressed, and Hide masks it
// again. The password goes from the reply into the editor only: no label, tooltip, accessible
// text, model or log line ever holds it, and the reply's copy is wiped once it is in the editor.
#pragma once

#include "core/api/eventtypes.h"

#include <QDialog>
#include <QWidget>
#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace keystage {
class CsmsClient;
struct ApiError;
} // namespace keystage

namespace keystage::ui {

class SecretValueEdit;

// Length and character set of a generated password.
class PasswordOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordOptionsDialog(QWidget *parent = nullptr);

    PasswordRequest request() const;
    void setRequest(const PasswordRequest &request);
    QString problem() const; // why Generate is disabled; empty when it is not

    QSpinBox *lengthBox() const { return m_length; }
    QCheckBox *lowercaseBox() const { return m_lower; }
    QCheckBox *uppercaseBox() const { return m_upper; }
    QCheckBox *digitsBox() const { return m_digits; }
    QCheckBox *punctuationBox() const { return m_punctuation; }
    QCheckBox *spaceBox() const { return m_space; }
    QCheckBox *eachTypeBox() const { return m_each; }
    QLineEdit *excludeEdit() const { return m_exclude; }
    QPushButton *generateButton() const { return m_generate; }

private:
    void updateState();

    QSpinBox *m_length;
    QCheckBox *m_lower;
    QCheckBox *m_upper;
    QCheckBox *m_digits;
    QCheckBox *m_punctuation;
    QCheckBox *m_space;
    QCheckBox *m_each;
    QLineEdit *m_exclude;
    QLabel *m_problem;
    QPushButton *m_generate;
};

class PasswordGenerator : public QWidget
{
    Q_OBJECT

public:
    // client: the dialog's current client, asked at each Generate (null: Generate is refused).
    PasswordGenerator(SecretValueEdit *target, std::function<CsmsClient *()> client,
                      QWidget *parent = nullptr);

    // Asks the service for a password with these options (what the options dialog calls).
    void generate(const PasswordRequest &request);
    bool isMasked() const { return m_masked; }
    void setMasked(bool masked);

    QPushButton *generateButton() const { return m_generateButton; }
    QPushButton *showButton() const { return m_show; }
    QLabel *maskLabel() const { return m_mask; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void optionsOpened(keystage::ui::PasswordOptionsDialog *dialog);
    // The editor holds a new generated password of this length (never the password itself).
    void generated(int length);
    void failed(const keystage::ApiError &error);

private:
    void openOptions();

    SecretValueEdit *m_target;
    std::function<CsmsClient *()> m_client;
    PasswordRequest m_options;
    bool m_masked = false;
    bool m_busy = false;
    int m_length = 0;
    QLabel *m_mask;
    QPushButton *m_show;
    QPushButton *m_generateButton;
    QLabel *m_status;
};

} // namespace keystage::ui
