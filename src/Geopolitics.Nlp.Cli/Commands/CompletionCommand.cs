using System.CommandLine;
using Geopolitics.Nlp.Cli.Hosting;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary>
/// <c>geonlp completion bash|zsh|pwsh</c>: prints a shell script that completes commands, options and option values
/// by asking <c>geonlp "[suggest:POSITION]" "COMMAND LINE"</c> (System.CommandLine's suggest directive), so
/// completions always match the installed version.
/// </summary>
internal static class CompletionCommand
{
    private const string Bash = """
        # geonlp tab completion for bash: add to ~/.bashrc:  eval "$(geonlp completion bash)"
        _geonlp_complete() {
            local line="${COMP_LINE#*[[:space:]]}"
            local position=$(( COMP_POINT - ${#COMP_LINE} + ${#line} ))
            local IFS=$'\n'
            COMPREPLY=( $(compgen -W "$(geonlp "[suggest:${position}]" "${line}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
        }
        complete -o default -o bashdefault -F _geonlp_complete geonlp
        """;

    private const string Zsh = """
        # geonlp tab completion for zsh: add to ~/.zshrc:  eval "$(geonlp completion zsh)"
        _geonlp_complete() {
            local line="${BUFFER#*[[:space:]]}"
            local position=$(( CURSOR - ${#BUFFER} + ${#line} ))
            local -a suggestions
            suggestions=("${(@f)$(geonlp "[suggest:${position}]" "${line}" 2>/dev/null)}")
            compadd -a suggestions
            _files
        }
        compdef _geonlp_complete geonlp
        """;

    private const string Pwsh = """
        # geonlp tab completion for PowerShell: add to $PROFILE:  geonlp completion pwsh | Out-String | Invoke-Expression
        Register-ArgumentCompleter -Native -CommandName geonlp -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.ToString()
            $skip = $commandAst.CommandElements[0].Extent.EndOffset - $commandAst.Extent.StartOffset + 1
            $rest = if ($line.Length -gt $skip) { $line.Substring($skip) } else { '' }
            $position = [Math]::Max(0, $cursorPosition - $commandAst.Extent.StartOffset - $skip)
            geonlp "[suggest:$position]" "$rest" | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }
        """;

    public static Command Create(CliContext context)
    {
        var shell = new Argument<string>("SHELL") { Description = "bash, zsh or pwsh." };
        shell.AcceptOnlyFromAmong("bash", "zsh", "pwsh");
        var command = new Command("completion", "Print a tab-completion script for bash, zsh or PowerShell.") { shell };
        command.SetAction(parseResult =>
        {
            context.Out.WriteLine(parseResult.GetValue(shell) switch { "zsh" => Zsh, "pwsh" => Pwsh, _ => Bash });
            return ExitCodes.Ok;
        });
        return command.With("""
            Setup:
              bash  eval "$(geonlp completion bash)"                        (in ~/.bashrc)
              zsh   eval "$(geonlp completion zsh)"                         (in ~/.zshrc, after compinit)
              pwsh  geonlp completion pwsh | Out-String | Invoke-Expression (in $PROFILE)
            """);
    }
}
