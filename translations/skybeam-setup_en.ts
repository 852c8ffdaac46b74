<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Skybeam::AccountCheck</name>
    <message numerus="yes">
        <source>This check asked TikTok %n time(s); a sandbox app has about 20 API calls a day.</source>
        <translation>
            <numerusform>This check asked TikTok %n time; a sandbox app has about 20 API calls a day.</numerusform>
            <numerusform>This check asked TikTok %n times; a sandbox app has about 20 API calls a day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialInputCleaner</name>
    <message numerus="yes">
        <source>Removed %n space(s).</source>
        <translation>
            <numerusform>Removed %n space.</numerusform>
            <numerusform>Removed %n spaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n line break(s).</source>
        <translation>
            <numerusform>Removed %n line break.</numerusform>
            <numerusform>Removed %n line breaks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible character(s).</source>
        <translation>
            <numerusform>Removed %n invisible character.</numerusform>
            <numerusform>Removed %n invisible characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialStatus</name>
    <message numerus="yes">
        <source>TikTok access expires in %n minute(s).</source>
        <translation>
            <numerusform>TikTok access expires in %n minute.</numerusform>
            <numerusform>TikTok access expires in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TikTok access expires in %n hour(s).</source>
        <translation>
            <numerusform>TikTok access expires in %n hour.</numerusform>
            <numerusform>TikTok access expires in %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TikTok access expires in %n day(s).</source>
        <translation>
            <numerusform>TikTok access expires in %n day.</numerusform>
            <numerusform>TikTok access expires in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago.</source>
        <translation>
            <numerusform>Access was granted %n day ago.</numerusform>
            <numerusform>Access was granted %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago. For security, the runbook asks you to re-authorize every 30 days: sign in with TikTok again; your saved app keys are used.</source>
        <translation>
            <numerusform>Access was granted %n day ago. For security, the runbook asks you to re-authorize every 30 days: sign in with TikTok again; your saved app keys are used.</numerusform>
            <numerusform>Access was granted %n days ago. For security, the runbook asks you to re-authorize every 30 days: sign in with TikTok again; your saved app keys are used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::CredentialValidator</name>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago. For security, re-authorize every 30 days: overdue since %1.</source>
        <translation>
            <numerusform>Access was granted %n day ago. For security, re-authorize every 30 days: overdue since %1.</numerusform>
            <numerusform>Access was granted %n days ago. For security, re-authorize every 30 days: overdue since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access was granted %n day(s) ago. Re-authorize by %1.</source>
        <translation>
            <numerusform>Access was granted %n day ago. Re-authorize by %1.</numerusform>
            <numerusform>Access was granted %n days ago. Re-authorize by %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::HandoffViewer</name>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n pack</numerusform>
            <numerusform>%n packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pack(s)</source>
        <translation>
            <numerusform>%1 of %n pack</numerusform>
            <numerusform>%1 of %n packs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::KeychainCheck</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s): it is probably locked and waiting for its password.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second: it is probably locked and waiting for its password.</numerusform>
            <numerusform>The keychain did not answer within %n seconds: it is probably locked and waiting for its password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::LocalChecks</name>
    <message numerus="yes">
        <source>%n pack(s) waiting to be posted in %1.</source>
        <translation>
            <numerusform>%n pack waiting to be posted in %1.</numerusform>
            <numerusform>%n packs waiting to be posted in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) cannot be posted because they are damaged: %1.</source>
        <translation>
            <numerusform>%n pack cannot be posted because it is damaged: %1.</numerusform>
            <numerusform>%n packs cannot be posted because they are damaged: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::LoginFlow</name>
    <message numerus="yes">
        <source>No answer came back from TikTok within %n minute(s). Finish the sign-in in the browser within that time. If TikTok showed its own error page instead of sending you back (for example about the redirect URI or the client key), check your app&apos;s settings in the Developer Portal, then try again.</source>
        <translation>
            <numerusform>No answer came back from TikTok within %n minute. Finish the sign-in in the browser within that time. If TikTok showed its own error page instead of sending you back (for example about the redirect URI or the client key), check your app&apos;s settings in the Developer Portal, then try again.</numerusform>
            <numerusform>No answer came back from TikTok within %n minutes. Finish the sign-in in the browser within that time. If TikTok showed its own error page instead of sending you back (for example about the redirect URI or the client key), check your app&apos;s settings in the Developer Portal, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from TikTok within %n second(s). Finish the sign-in in the browser within that time. If TikTok showed its own error page instead of sending you back (for example about the redirect URI or the client key), check your app&apos;s settings in the Developer Portal, then try again.</source>
        <translation>
            <numerusform>No answer came back from TikTok within %n second. Finish the sign-in in the browser within that time. If TikTok showed its own error page instead of sending you back (for example about the redirect URI or the client key), check your app&apos;s settings in the Developer Portal, then try again.</numerusform>
            <numerusform>No answer came back from TikTok within %n seconds. Finish the sign-in in the browser within that time. If TikTok showed its own error page instead of sending you back (for example about the redirect URI or the client key), check your app&apos;s settings in the Developer Portal, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::NetworkCheck</name>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of TikTok&apos;s; sign-in, token expiry and secure connections depend on it.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead of TikTok&apos;s; sign-in, token expiry and secure connections depend on it.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead of TikTok&apos;s; sign-in, token expiry and secure connections depend on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind TikTok&apos;s; sign-in, token expiry and secure connections depend on it.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind TikTok&apos;s; sign-in, token expiry and secure connections depend on it.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind TikTok&apos;s; sign-in, token expiry and secure connections depend on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock agrees with TikTok&apos;s (%n second(s) apart).</source>
        <translation>
            <numerusform>The clock agrees with TikTok&apos;s (%n second apart).</numerusform>
            <numerusform>The clock agrees with TikTok&apos;s (%n seconds apart).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::PackReader</name>
    <message numerus="yes">
        <source>There are %n video files; %1 is the one to upload.</source>
        <translation>
            <numerusform>There is %n video file; %1 is the one to upload.</numerusform>
            <numerusform>There are %n video files; %1 is the one to upload.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::ReminderPlanner</name>
    <message numerus="yes">
        <source>%n new handoff pack(s) to post</source>
        <translation>
            <numerusform>%n new handoff pack to post</numerusform>
            <numerusform>%n new handoff packs to post</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::TransferProgress</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skybeam::ValidationPage</name>
    <message numerus="yes">
        <source>Sandbox apps get about 20 API calls a day; this check used %n of them.</source>
        <translation>
            <numerusform>Sandbox apps get about 20 API calls a day; this check used %n of them.</numerusform>
            <numerusform>Sandbox apps get about 20 API calls a day; this check used %n of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authorize</name>
    <message numerus="yes">
        <source>Open the address above in your browser, sign in with TikTok and click Authorize. Waiting up to %n minute(s); Ctrl-C cancels.</source>
        <translation>
            <numerusform>Open the address above in your browser, sign in with TikTok and click Authorize. Waiting up to %n minute; Ctrl-C cancels.</numerusform>
            <numerusform>Open the address above in your browser, sign in with TikTok and click Authorize. Waiting up to %n minutes; Ctrl-C cancels.</numerusform>
        </translation>
    </message>
</context>
</TS>
