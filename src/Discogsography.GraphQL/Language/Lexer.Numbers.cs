namespace Discogsography.GraphQL.Language;

/// <summary>IntValue and FloatValue (spec §2.9.1–2.9.2).</summary>
internal sealed partial class Lexer
{
    // IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}]
    // FloatValue :: IntegerPart FractionalPart ExponentPart? | IntegerPart ExponentPart, not followed by {Digit, ., NameStart}
    // IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
    private Token ReadNumber(int start)
    {
        var position = start;
        var c = CharAt(position);
        var isFloat = false;

        if (c == '-')
        {
            c = CharAt(++position);
        }

        if (c == '0')
        {
            c = CharAt(++position);
            if (IsDigit(c))
            {
                Throw(position, $"Invalid number, unexpected digit after 0: {DescribeCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        // FractionalPart :: . Digit+
        if (c == '.')
        {
            isFloat = true;
            c = CharAt(++position);
            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        // ExponentPart :: ExponentIndicator Sign? Digit+
        if (c is 'e' or 'E')
        {
            isFloat = true;
            c = CharAt(++position);
            if (c is '+' or '-')
            {
                c = CharAt(++position);
            }

            position = ReadDigits(position, c);
            c = CharAt(position);
        }

        if (c == '.' || IsNameStart(c))
        {
            Throw(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }

        return Create(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private int ReadDigits(int start, int first)
    {
        if (!IsDigit(first))
        {
            Throw(start, $"Invalid number, expected digit but got: {DescribeCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }
}
