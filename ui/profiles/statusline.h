// SPDX-License-Identifier: Apache-2.0
// StatusLine: the one-message area under the profile form: a test result, a save confirmation
// or an error (a keychain error with its plain-words explanation and the backend's detail).
// Colour is never the only cue: every message says in words whether it is a success or not.
#pragma once

#include "core/profile/credentialerror.h"

#include <QLabel>

namespace keystage::ui {

class StatusLine : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Success, Error };
    Q_ENUM(Tone)

    explicit StatusLine(QWidget *parent = nullptr);

    Tone tone() const { return m_tone; }
    // Shows text (hidden when empty).
    void showMessage(const QString &text, Tone tone);
    // headline, then the error's translated explanation, then its detail.
    void showCredentialError(const QString &headline, const CredentialError &error);

private:
    Tone m_tone = Tone::Neutral;
};

} // namespace keystage::ui
