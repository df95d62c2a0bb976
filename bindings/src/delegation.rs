///Module containing a contract's types and functions.
/**

```solidity
library IDelegation {
    struct DelegationView { uint256 shares; uint256 tokens; uint256 unbondingShares; uint256 unbondingTokens; uint256 releaseAt; uint256 redelegatedAt; uint256 rewards; }
    struct PoolView { uint256 ownStake; uint256 delegatedTokens; uint256 delegatedShares; uint256 unbondingTokens; uint256 unbondingShares; uint256 delegators; uint256 commissionBps; uint256 pendingCommissionBps; uint256 commissionEffectiveAt; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IDelegation {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct DelegationView { uint256 shares; uint256 tokens; uint256 unbondingShares; uint256 unbondingTokens; uint256 releaseAt; uint256 redelegatedAt; uint256 rewards; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DelegationView {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub tokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub releaseAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub redelegatedAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub rewards: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<DelegationView> for UnderlyingRustTuple<'_> {
            fn from(value: DelegationView) -> Self {
                (
                    value.shares,
                    value.tokens,
                    value.unbondingShares,
                    value.unbondingTokens,
                    value.releaseAt,
                    value.redelegatedAt,
                    value.rewards,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for DelegationView {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    shares: tuple.0,
                    tokens: tuple.1,
                    unbondingShares: tuple.2,
                    unbondingTokens: tuple.3,
                    releaseAt: tuple.4,
                    redelegatedAt: tuple.5,
                    rewards: tuple.6,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for DelegationView {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for DelegationView {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.releaseAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.redelegatedAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.rewards),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for DelegationView {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for DelegationView {
            const NAME: &'static str = "DelegationView";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "DelegationView(uint256 shares,uint256 tokens,uint256 unbondingShares,uint256 unbondingTokens,uint256 releaseAt,uint256 redelegatedAt,uint256 rewards)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.shares)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.tokens)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingShares,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingTokens,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.releaseAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.redelegatedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.rewards)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for DelegationView {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.shares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.tokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingShares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingTokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.releaseAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.redelegatedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.rewards,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.shares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.tokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingShares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingTokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.releaseAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.redelegatedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.rewards,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct PoolView { uint256 ownStake; uint256 delegatedTokens; uint256 delegatedShares; uint256 unbondingTokens; uint256 unbondingShares; uint256 delegators; uint256 commissionBps; uint256 pendingCommissionBps; uint256 commissionEffectiveAt; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PoolView {
        #[allow(missing_docs)]
        pub ownStake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegatedTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegatedShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegators: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub commissionBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub pendingCommissionBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub commissionEffectiveAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PoolView> for UnderlyingRustTuple<'_> {
            fn from(value: PoolView) -> Self {
                (
                    value.ownStake,
                    value.delegatedTokens,
                    value.delegatedShares,
                    value.unbondingTokens,
                    value.unbondingShares,
                    value.delegators,
                    value.commissionBps,
                    value.pendingCommissionBps,
                    value.commissionEffectiveAt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PoolView {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    ownStake: tuple.0,
                    delegatedTokens: tuple.1,
                    delegatedShares: tuple.2,
                    unbondingTokens: tuple.3,
                    unbondingShares: tuple.4,
                    delegators: tuple.5,
                    commissionBps: tuple.6,
                    pendingCommissionBps: tuple.7,
                    commissionEffectiveAt: tuple.8,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for PoolView {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for PoolView {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.ownStake),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegatedTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegatedShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegators),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.pendingCommissionBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionEffectiveAt),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for PoolView {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for PoolView {
            const NAME: &'static str = "PoolView";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "PoolView(uint256 ownStake,uint256 delegatedTokens,uint256 delegatedShares,uint256 unbondingTokens,uint256 unbondingShares,uint256 delegators,uint256 commissionBps,uint256 pendingCommissionBps,uint256 commissionEffectiveAt)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.ownStake)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.delegatedTokens,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.delegatedShares,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingTokens,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingShares,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.delegators)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.commissionBps)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.pendingCommissionBps,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.commissionEffectiveAt,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for PoolView {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.ownStake,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.delegatedTokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.delegatedShares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingTokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingShares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.delegators,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.commissionBps,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pendingCommissionBps,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.commissionEffectiveAt,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.ownStake,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.delegatedTokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.delegatedShares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingTokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingShares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.delegators,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.commissionBps,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pendingCommissionBps,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.commissionEffectiveAt,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IDelegation`](self) contract instance.

See the [wrapper's documentation](`IDelegationInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IDelegationInstance<P, N> {
        IDelegationInstance::<P, N>::new(address, __provider)
    }
    /**A [`IDelegation`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IDelegation`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IDelegationInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IDelegationInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IDelegationInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IDelegationInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IDelegation`](self) contract instance.

See the [wrapper's documentation](`IDelegationInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IDelegationInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IDelegationInstance<P, N> {
            IDelegationInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IDelegationInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IDelegationInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IDelegation {
    struct DelegationView {
        uint256 shares;
        uint256 tokens;
        uint256 unbondingShares;
        uint256 unbondingTokens;
        uint256 releaseAt;
        uint256 redelegatedAt;
        uint256 rewards;
    }
    struct PoolView {
        uint256 ownStake;
        uint256 delegatedTokens;
        uint256 delegatedShares;
        uint256 unbondingTokens;
        uint256 unbondingShares;
        uint256 delegators;
        uint256 commissionBps;
        uint256 pendingCommissionBps;
        uint256 commissionEffectiveAt;
    }
}

interface Delegation {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error AddressEmptyCode(address target);
    error CommissionTooHigh(uint256 bps, uint256 maxBps);
    error ERC1967InvalidImplementation(address implementation);
    error ERC1967NonPayable();
    error FailedCall();
    error InsufficientShares(uint256 shares, uint256 required);
    error InvalidInitialization();
    error InvalidSlashBps(uint256 bps);
    error NotInitializing();
    error NotNodeOperator(address operator);
    error NotSelectionManager(address caller);
    error NotTreasury(address caller);
    error NothingToClaim();
    error NothingUnbonding();
    error ParameterOutOfBounds(uint256 value, uint256 minimum, uint256 maximum);
    error PoolWiped(address operator);
    error RedelegationToSamePool(address operator);
    error RedelegationTooSoon(uint256 redelegatedAt, uint256 allowedAt);
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SafeERC20FailedOperation(address token);
    error SelfDelegation(address operator);
    error StillUnbonding(uint256 releaseAt);
    error UUPSUnauthorizedCallContext();
    error UUPSUnsupportedProxiableUUID(bytes32 slot);
    error WeightExceeded(uint256 weight, uint256 removed);
    error ZeroAddress();
    error ZeroAmount();
    error ZeroShares(uint256 amount);

    event CommissionChangeScheduled(address indexed operator, uint256 previousBps, uint256 newBps, uint256 effectiveAt);
    event CommissionUpdated(address indexed operator, uint256 previousBps, uint256 newBps);
    event Delegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares);
    event DelegationWithdrawn(address indexed delegator, address indexed operator, uint256 amount, uint256 unbondingShares);
    event Initialized(uint64 version);
    event MaxCommissionBpsUpdated(uint256 previousBps, uint256 newBps);
    event MinimumSelfStakeBpsUpdated(uint256 previousBps, uint256 newBps);
    event OwnStakeUpdated(address indexed operator, uint256 previousStake, uint256 newStake);
    event PoolSlashed(address indexed operator, uint256 bps, uint256 fromDelegated, uint256 fromUnbonding);
    event Redelegated(address indexed delegator, address indexed from, address indexed to, uint256 amount, uint256 sharesBurned, uint256 sharesMinted);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
    event StakingRewardsClaimed(address indexed account, address indexed operator, uint256 amount);
    event StakingRewardsNotified(uint256 amount, uint256 indexed interval);
    event Undelegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares, uint256 unbondingShares, uint256 releaseAt);
    event Upgraded(address indexed implementation);

    constructor();

    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function DEFAULT_MAX_COMMISSION_BPS() external view returns (uint16);
    function DEFAULT_MINIMUM_SELF_STAKE_BPS() external view returns (uint16);
    function MAX_COMMISSION_CAP_BPS() external view returns (uint256);
    function MIN_SELF_STAKE_FLOOR_BPS() external view returns (uint256);
    function REWARD_INTERVAL() external view returns (uint256);
    function UPGRADE_INTERFACE_VERSION() external view returns (string memory);
    function claimStakingRewards(address operator) external returns (uint256 amount);
    function claimableStakingRewards(address operator, address account) external returns (uint256 amount);
    function delegate(address operator, uint256 amount) external returns (uint256 shares);
    function delegatedTo(address operator) external view returns (uint256);
    function delegation(address delegator, address operator) external view returns (IDelegation.DelegationView memory view_);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function hasRole(bytes32 role, address account) external view returns (bool);
    function heldStakingRewards() external view returns (uint256);
    function initialize(address admin, address selectionManager_, address treasury_, address xmtpToken_) external;
    function intervalOf(uint256 timestamp) external pure returns (uint256);
    function isEligible(address operator, uint256 ownStake, uint256 minimumStake) external view returns (bool);
    function maxCommissionBps() external view returns (uint256);
    function minimumSelfStakeBps() external view returns (uint256);
    function nodes() external view returns (address);
    function notifyStakingRewards(uint256 amount) external;
    function onOwnStakeChanged(address operator, uint256 newStake) external;
    function onSlashed(address operator, uint256 bps, uint256 newOwnStake) external returns (uint256 amount);
    function operatorRewards(address operator) external view returns (uint256);
    function pool(address operator) external view returns (IDelegation.PoolView memory view_);
    function proxiableUUID() external view returns (bytes32);
    function redelegate(address from, address to, uint256 amount) external returns (uint256 sharesMinted);
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function revokeRole(bytes32 role, address account) external;
    function selectionManager() external view returns (address);
    function setCommission(uint256 bps) external;
    function setMaxCommissionBps(uint256 bps) external;
    function setMinimumSelfStakeBps(uint256 bps) external;
    function slashableOf(address operator) external view returns (uint256);
    function stakingRewardTotals() external view returns (uint256 notified, uint256 claimed);
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function syncPool(address operator) external;
    function treasury() external view returns (address);
    function undelegate(address operator, uint256 amount) external returns (uint256 shares);
    function upgradeToAndCall(address newImplementation, bytes memory data) external payable;
    function usdc() external view returns (address);
    function withdrawUnbonded(address operator) external returns (uint256 amount);
    function xmtpToken() external view returns (address);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_MAX_COMMISSION_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_MINIMUM_SELF_STAKE_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_COMMISSION_CAP_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MIN_SELF_STAKE_FLOOR_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "REWARD_INTERVAL",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "UPGRADE_INTERFACE_VERSION",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claimStakingRewards",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claimableStakingRewards",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delegate",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delegatedTo",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "delegation",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "view_",
        "type": "tuple",
        "internalType": "struct IDelegation.DelegationView",
        "components": [
          {
            "name": "shares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "tokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingShares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingTokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "releaseAt",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "redelegatedAt",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "rewards",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "heldStakingRewards",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "initialize",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "selectionManager_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "xmtpToken_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "intervalOf",
    "inputs": [
      {
        "name": "timestamp",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "isEligible",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "ownStake",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimumStake",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "maxCommissionBps",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "minimumSelfStakeBps",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nodes",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "notifyStakingRewards",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onOwnStakeChanged",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "newStake",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onSlashed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "newOwnStake",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "operatorRewards",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "view_",
        "type": "tuple",
        "internalType": "struct IDelegation.PoolView",
        "components": [
          {
            "name": "ownStake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "delegatedTokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "delegatedShares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingTokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingShares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "delegators",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "commissionBps",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "pendingCommissionBps",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "commissionEffectiveAt",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proxiableUUID",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "redelegate",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "sharesMinted",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "selectionManager",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setCommission",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMaxCommissionBps",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMinimumSelfStakeBps",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slashableOf",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "stakingRewardTotals",
    "inputs": [],
    "outputs": [
      {
        "name": "notified",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "claimed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "syncPool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "treasury",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "undelegate",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "upgradeToAndCall",
    "inputs": [
      {
        "name": "newImplementation",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "usdc",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdrawUnbonded",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "xmtpToken",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "CommissionChangeScheduled",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "effectiveAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CommissionUpdated",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Delegated",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelegationWithdrawn",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unbondingShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MaxCommissionBpsUpdated",
    "inputs": [
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MinimumSelfStakeBpsUpdated",
    "inputs": [
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnStakeUpdated",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "previousStake",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newStake",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PoolSlashed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "fromDelegated",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "fromUnbonding",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Redelegated",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "sharesBurned",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "sharesMinted",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakingRewardsClaimed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakingRewardsNotified",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "interval",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Undelegated",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unbondingShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "releaseAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Upgraded",
    "inputs": [
      {
        "name": "implementation",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AddressEmptyCode",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "CommissionTooHigh",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxBps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC1967InvalidImplementation",
    "inputs": [
      {
        "name": "implementation",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC1967NonPayable",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FailedCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InsufficientShares",
    "inputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidSlashBps",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotNodeOperator",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotSelectionManager",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotTreasury",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NothingToClaim",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NothingUnbonding",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ParameterOutOfBounds",
    "inputs": [
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimum",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolWiped",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RedelegationToSamePool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RedelegationTooSoon",
    "inputs": [
      {
        "name": "redelegatedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "allowedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SelfDelegation",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "StillUnbonding",
    "inputs": [
      {
        "name": "releaseAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "UUPSUnauthorizedCallContext",
    "inputs": []
  },
  {
    "type": "error",
    "name": "UUPSUnsupportedProxiableUUID",
    "inputs": [
      {
        "name": "slot",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "WeightExceeded",
    "inputs": [
      {
        "name": "weight",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "removed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroAddress",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ZeroShares",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod Delegation {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805161400b6100f95f395f8181612d3401528181612d5d0152612e8a015261400b5ff3fe60806040526004361061026a575f3560e01c806352d1902d1161014a578063845dae24116100be578063ad3cb1cc11610078578063ad3cb1cc1461079f578063aeffaa47146107dc578063b369af71146107fb578063d547741f1461081a578063d7afee4714610839578063f8c8765e1461084e575f5ffd5b8063845dae24146106fc5780638fb2e2c21461071b57806391d148541461073a578063929ac35f1461075957806396bb1fef1461076d578063a217fddf1461078c575f5ffd5b806363264baa1161010f57806363264baa1461065857806364818bd11461067757806365da12641461068b5780636bd8f804146106aa5780637c8c3394146106c957806380af6ff6146106dd575f5ffd5b806352d1902d146105e7578063543be731146105fb5780635db82fa01461061a5780635dbdda691461062e57806361d027b314610644575f5ffd5b80633281a78e116101e15780633e413bee116101a65780633e413bee1461052d5780633e91adca1461055957806341a2b8d61461056d57806347590a0f1461058c5780634d99dd16146105b55780634f1ef286146105d4575f5ffd5b80633281a78e146104a8578063355e6b43146104c757806336568abe146104e657806339955cf4146105055780633e17b60014610519575f5ffd5b80631129ee37116102325780631129ee3714610383578063156522a8146103a25780631b9103771461042d578063248a9ca314610442578063262ddec3146104615780632f2ff15d14610489575f5ffd5b806301ffc9a71461026e578063026e402b146102a2578063046d3307146102cf57806308ac776b146103435780630995ad4c14610364575b5f5ffd5b348015610279575f5ffd5b5061028d610288366004613b2b565b61086d565b60405190151581526020015b60405180910390f35b3480156102ad575f5ffd5b506102c16102bc366004613b66565b6108a3565b604051908152602001610299565b3480156102da575f5ffd5b506102ee6102e9366004613b90565b610998565b60405161029991905f60e082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b34801561034e575f5ffd5b5061036261035d366004613b66565b610b6c565b005b34801561036f575f5ffd5b5061036261037e366004613bc7565b610bbe565b34801561038e575f5ffd5b506102c161039d366004613bde565b610c4a565b3480156103ad575f5ffd5b506103c16103bc366004613bde565b610c9d565b60405161029991905f61012082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e083015261010083015161010083015292915050565b348015610438575f5ffd5b506102c161138881565b34801561044d575f5ffd5b506102c161045c366004613bc7565b610e32565b34801561046c575f5ffd5b506104766107d081565b60405161ffff9091168152602001610299565b348015610494575f5ffd5b506103626104a3366004613bf9565b610e52565b3480156104b3575f5ffd5b5061028d6104c2366004613c1c565b610e74565b3480156104d2575f5ffd5b506103626104e1366004613bc7565b610ec9565b3480156104f1575f5ffd5b50610362610500366004613bf9565b6111e8565b348015610510575f5ffd5b506102c161121b565b348015610524575f5ffd5b506102c1611246565b348015610538575f5ffd5b50610541611260565b6040516001600160a01b039091168152602001610299565b348015610564575f5ffd5b5061054161127b565b348015610578575f5ffd5b506102c1610587366004613bde565b611293565b348015610597575f5ffd5b506105a06112e1565b60408051928352602083019190915201610299565b3480156105c0575f5ffd5b506102c16105cf366004613b66565b611317565b6103626105e2366004613c62565b6114f7565b3480156105f2575f5ffd5b506102c1611516565b348015610606575f5ffd5b506102c1610615366004613b90565b611531565b348015610625575f5ffd5b506105416115ab565b348015610639575f5ffd5b506102c162093a8081565b34801561064f575f5ffd5b506105416115c6565b348015610663575f5ffd5b50610362610672366004613bc7565b6115e1565b348015610682575f5ffd5b506102c16116dd565b348015610696575f5ffd5b506102c16106a5366004613bde565b6116f7565b3480156106b5575f5ffd5b506102c16106c4366004613d28565b611726565b3480156106d4575f5ffd5b506102c1606481565b3480156106e8575f5ffd5b506102c16106f7366004613c1c565b611990565b348015610707575f5ffd5b50610362610716366004613bc7565b611b2a565b348015610726575f5ffd5b50610362610735366004613bde565b611bb5565b348015610745575f5ffd5b5061028d610754366004613bf9565b611bc6565b348015610764575f5ffd5b50610541611bfc565b348015610778575f5ffd5b506102c1610787366004613bde565b611c17565b348015610797575f5ffd5b506102c15f81565b3480156107aa575f5ffd5b506107cf604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102999190613d66565b3480156107e7575f5ffd5b506102c16107f6366004613bde565b611d3d565b348015610806575f5ffd5b506102c1610815366004613bc7565b611f27565b348015610825575f5ffd5b50610362610834366004613bf9565b611f35565b348015610844575f5ffd5b506104766103e881565b348015610859575f5ffd5b50610362610868366004613d9b565b611f51565b5f6001600160e01b03198216637965db0b60e01b148061089d57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f815f036108c457604051631f2a200560e01b815260040160405180910390fd5b336001600160a01b038416036108fd5760405163d556be9360e01b81526001600160a01b03841660048201526024015b60405180910390fd5b5f61090661224e565b90505f6109138286612272565b905061092082828761248e565b61092d828287338861255f565b60408051868152602081018390529194506001600160a01b0387169133917f24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e04910160405180910390a36002820154610990906001600160a01b031633308761268c565b505092915050565b6109d16040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f6109da61224e565b6001600160a01b038085165f8181526009840160209081526040808320948a16808452600a870183528184208585528352818420908452600b808801845282852095855294835292819020815160808101835290546001600160801b038116825264ffffffffff600160801b8204811694830194909452600160a81b81049093169181019190915263ffffffff600160d01b909204821660608201819052938501549596509394919392600160e01b9092041614610a96575f81525b5f610aa0836126f3565b90506040518060e00160405280828152602001610ad183610ac088612713565b610acc896003016126f3565b612736565b815283516001600160801b0390811660208301528451600b880154604090930192610b119291821691600160601b820416906001600160601b0316612736565b8152602001836020015164ffffffffff168152602001836040015164ffffffffff1681526020016a0c097ce7bc90715b34b9f160241b610b548760060187612758565b610b5e9190613e1c565b905298975050505050505050565b5f610b7561224e565b80549091506001600160a01b03163314610ba4576040516328b21fed60e01b81523360048201526024016108f4565b610bb981610bb28386612272565b858561282c565b505050565b5f610bc8816128ca565b610bd68260646127106128d7565b5f610bdf61224e565b805460408051600160b01b90920461ffff168252602082018690529192507f2349fea6da333fc947eb02459a897d904548a597fd037cf78a43190233f77ef2910160405180910390a1805461ffff909316600160b01b0261ffff60b01b199093169290921790915550565b5f5f610c5461224e565b6001600160a01b0384165f90815260099190910160205260409020600b8101549091506001600160601b0316610c8c600383016126f3565b610c969190613e2f565b9392505050565b610ce36040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610cec61224e565b6001600160a01b0384165f908152600982016020908152604091829020825160a081018452600a82015461ffff8082168352620100008204811694830194909452640100000000810464ffffffffff1682860152600160481b810463ffffffff166060830152600160681b900460ff161515608082015284548451610120810190955294955090939092600160a01b9091049091169080610d8c856126f3565b8152602001610d9d856003016126f3565b8152602001610dab85612713565b8152600b8501546001600160601b0381166020830152600160601b90046001600160801b0316604082015260608481015163ffffffff1690820152835160809091019061ffff168311610dfe5782610e05565b835161ffff165b8152602001836020015161ffff168152602001836040015164ffffffffff16815250945050505050919050565b5f9081525f516020613fdf5f395f51905f52602052604090206001015490565b610e5b82610e32565b610e64816128ca565b610e6e8383612913565b50505050565b5f5f610e7e61224e565b6001600160a01b0386165f9081526009820160205260409020909150610ec0908590610eac906003016126f3565b83548690600160b01b900461ffff166129b4565b95945050505050565b5f610ed261224e565b8054909150600160a01b900461ffff1680831115610f0d57604051632cdfe21960e01b815260048101849052602481018290526044016108f4565b5f610f188333612272565b6040805160a081018252600a83015461ffff8082168084526201000083049091166020840152640100000000820464ffffffffff1693830193909352600160481b810463ffffffff166060830152600160681b900460ff161515608082015291925085818111611074575f6040808501829052602085019190915261ffff8216808552600a86018054606087015160808801511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffffffffffffffffffffff1990931690941791909117169190911790555133907fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e9061102c9085908b9042909283526020830191909152604082015260600190565b60405180910390a2604080518381526020810189905233917f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5910160405180910390a26111df565b855460408051636cf6d67560e01b815290515f926001600160a01b031691636cf6d6759160048083019260209291908290030181865afa1580156110ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110de9190613e42565b6110e89042613e2f565b61ffff8316602086015290506110fd816129ea565b64ffffffffff1660408581018290528551600a880180546020808a01516060808c015160808d01511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffff00000000000000000019640100000000909b029a909a166cffffffffffffffffff000000001961ffff958616620100000263ffffffff199098169590991694909417959095179690961691909117969096179390931617905581518681529081018b905290810183905233917fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e910160405180910390a2505b50505050505050565b6001600160a01b03811633146112115760405163334bd91960e11b815260040160405180910390fd5b610bb98282612a1f565b5f6a0c097ce7bc90715b34b9f160241b61123361224e565b600601546112419190613e1c565b905090565b5f61124f61224e565b54600160a01b900461ffff16919050565b5f61126961224e565b600301546001600160a01b0316919050565b5f61128461224e565b546001600160a01b0316919050565b5f5f61129d61224e565b6001600160a01b0384165f90815260098201602052604090209091506a0c097ce7bc90715b34b9f160241b906112d7906005840190612758565b610c969190613e1c565b5f5f5f6112ec61224e565b60048101546003909101546001600160601b03600160a01b9283900481169692909104169350915050565b5f815f0361133857604051631f2a200560e01b815260040160405180910390fd5b5f61134161224e565b90505f61134e8286612272565b905061135d8282873388612a98565b335f908152600b8401602090815260408083206001600160a01b038a168452909152812091945061138f838388612b9c565b90505f845f015f9054906101000a90046001600160a01b03166001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa1580156113e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114079190613e42565b6114119042613e2f565b905061141c816129ea565b835464ffffffffff91909116600160801b0264ffffffffff60801b199091161783556040805188815260208101889052908101839052606081018290526001600160a01b0389169033907f011e2a8a48c6176856fb5437f7dfb90f4f7306e41cda414c3716217bd24c91db9060800160405180910390a38454604051632f0d00dd60e21b81526001600160a01b038a811660048301529091169063bc340374906024015f604051808303815f87803b1580156114d6575f5ffd5b505af11580156114e8573d5f5f3e3d5ffd5b50505050505050505092915050565b6114ff612d29565b61150882612db9565b6115128282612dc3565b5050565b5f61151f612e7f565b505f516020613fbf5f395f51905f5290565b5f5f5f61154661153f61224e565b8686612ec8565b915091506a0c097ce7bc90715b34b9f160241b82600201546115689190613e1c565b9250846001600160a01b0316846001600160a01b0316036109905760028101546115a1906a0c097ce7bc90715b34b9f160241b90613e1c565b610ec09084613e2f565b5f6115b461224e565b600401546001600160a01b0316919050565b5f6115cf61224e565b600101546001600160a01b0316919050565b5f6115ea61224e565b60018101549091506001600160a01b0316331461161c57604051632756308960e11b81523360048201526024016108f4565b5f61162682612f13565b905061164d6116436a0c097ce7bc90715b34b9f160241b85613e59565b6005840190612f38565b600482015461167690611671908590600160a01b90046001600160601b0316613e2f565b612f54565b8260040160146101000a8154816001600160601b0302191690836001600160601b03160217905550807f67cad59e5958c068210b57b4b01f1660b6245332de94b4ef491e7bd740485955846040516116d091815260200190565b60405180910390a2505050565b5f6116e661224e565b54600160b01b900461ffff16919050565b5f61089d61170361224e565b6001600160a01b0384165f908152600991909101602052604090206003016126f3565b5f815f0361174757604051631f2a200560e01b815260040160405180910390fd5b826001600160a01b0316846001600160a01b03160361178457604051634570aef960e11b81526001600160a01b03851660048201526024016108f4565b336001600160a01b038416036117b85760405163d556be9360e01b81526001600160a01b03841660048201526024016108f4565b5f6117c161224e565b90505f815f015f9054906101000a90046001600160a01b03166001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015611815573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118399190613e42565b335f908152600b8401602090815260408083206001600160a01b038b168452909152902090915061186a9082612f87565b335f908152600b8301602090815260408083206001600160a01b038916845290915290206118989082612f87565b5f6118af836118a7858a612272565b893389612a98565b90505f6118bc8488612272565b90506118c984828961248e565b6118d6848289338a61255f565b60408051888152602081018590529081018290529095506001600160a01b0380891691908a169033907ffdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b49060600160405180910390a48354604051632f0d00dd60e21b81526001600160a01b038a811660048301529091169063bc340374906024015f604051808303815f87803b15801561196f575f5ffd5b505af1158015611981573d5f5f3e3d5ffd5b50505050505050509392505050565b5f82158061199f575061271083115b156119c05760405163227bd05760e11b8152600481018490526024016108f4565b5f6119c961224e565b80549091506001600160a01b031633146119f8576040516328b21fed60e01b81523360048201526024016108f4565b5f611a038287612272565b9050611a118282888761282c565b5f611a1e826003016126f3565b90505f612710611a2e8884613e59565b611a389190613e1c565b90508015611a5157611a51600585016003850183613010565b600b8301546001600160601b03165f612710611a6d8a84613e59565b611a779190613e1c565b9050611a838183613e70565b600b860180546001600160601b0319166001600160601b0392909216919091179055611aaf8184613e2f565b604080518b8152602081018690529081018390529097506001600160a01b038b16907f9966fe2387915775b6595a7ed090b53809e9949aa30db32f6496476436ce87ab9060600160405180910390a28615611b1d576002860154611b1d906001600160a01b03163389613172565b5050505050509392505050565b5f611b34816128ca565b611b41825f6113886128d7565b5f611b4a61224e565b805460408051600160a01b90920461ffff168252602082018690529192507f7c33200d56c4374852239f90138dd63bb8ff75fb4e790dd61c94faacbd57d1d2910160405180910390a1805461ffff909316600160a01b0261ffff60a01b199093169290921790915550565b611512611bc061224e565b82612272565b5f9182525f516020613fdf5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611c0561224e565b600201546001600160a01b0316919050565b5f5f611c2161224e565b90505f5f611c30838633612ec8565b91509150611c3d826131a3565b93506001600160a01b0385163303611c6557611c58816131a3565b611c629085613e2f565b93505b835f03611c85576040516312d37ee560e31b815260040160405180910390fd5b838360030160148282829054906101000a90046001600160601b0316611cab9190613e83565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550846001600160a01b0316336001600160a01b03167fd522216d6806ed90440f20c2eb6bc70deaf0891daa7495185b7a1554dbccb8f986604051611d1491815260200190565b60405180910390a36003830154611d35906001600160a01b03163386613172565b505050919050565b5f5f611d4761224e565b335f908152600b8201602090815260408083206001600160a01b038816845290915281208054929350916001600160801b031690819003611d9b5760405163098ae75d60e21b815260040160405180910390fd5b8154600160801b900464ffffffffff16421015611ddd57815460405163dd9c894360e01b8152600160801b90910464ffffffffff1660048201526024016108f4565b6001600160a01b0385165f908152600984016020526040902082546001600160801b031916808455600b82015463ffffffff600160e01b9091048116600160d01b9092041603611eb957600b8101546001600160801b03600160601b820416906001600160601b0316611e51848383612736565b9650611e5d8483613e70565b600b840180546001600160801b0392909216600160601b02600160601b600160e01b0319909216919091179055611e948782613e70565b600b840180546001600160601b0319166001600160601b039290921691909117905550505b60408051868152602081018490526001600160a01b0388169133917f7d42dab474bcfdb4a6f746b2536f45af4c2c02edf62bad49c538b4a2a766cb94910160405180910390a38415611f1e576002840154611f1e906001600160a01b03163387613172565b50505050919050565b5f61089d8262093a806131ed565b611f3e82610e32565b611f47816128ca565b610e6e8383612a1f565b5f611f5a6131f8565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015611f815750825b90505f8267ffffffffffffffff166001148015611f9d5750303b155b905081158015611fab575080155b15611fc95760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611ff357845460ff60401b1916600160401b1785555b6001600160a01b038916158061201057506001600160a01b038816155b8061202257506001600160a01b038716155b8061203457506001600160a01b038616155b156120525760405163d92e233d60e01b815260040160405180910390fd5b61205a613220565b6120645f8a612913565b505f61206e61224e565b80546001600160a01b0319166001600160a01b038b169081178255604080516302edc17d60e51b815290519293509091635db82fa0916004808201926020929091908290030181865afa1580156120c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120eb9190613ea2565b816004015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550876001600160a01b0316633e413bee6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561214e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121729190613ea2565b6003820180546001600160a01b03199081166001600160a01b039384161790915560018301805482168b8416179055600283018054909116918916919091179055805463ffffffff60a01b1916623e807d60a41b1781556121d64262093a806131ed565b6007909101805463ffffffff92909216600160e01b026001600160e01b03909216919091179055831561224357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050565b7f2dbbb2714d3cf64f0730e456b2aecd84fe813188e5d943bcfa2650a3f34be30090565b5f5f61227d84612f13565b6001600160a01b0384165f908152600986016020908152604091829020825160a081018452600a82015461ffff80821683526201000082041693820193909352640100000000830464ffffffffff1693810193909352600160481b820463ffffffff9081166060850152600160681b90920460ff161515608084015260088101549095509293509091600160e01b90041682146123a0576123216005860184613228565b5f8061233360058801600387016132e9565b90925090505f8282171561236b578754845161ffff600160a01b9092048216911681116123605780612367565b845161ffff165b9150505b821561237c5761237c86848361340f565b61238a60068701865f61346d565b50811561239c5761239c86838361340f565b5050505b604081015164ffffffffff16158015906123c55750806040015164ffffffffff164210155b1561099057805160208201516040516001600160a01b038716927f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a59261241a9261ffff92831681529116602082015260400190565b60405180910390a26020810180515f6040840181905290915261ffff16808252600a84018054606084015160808501511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffffffffffffffffffffff199093169094179190911716919091179055505092915050565b600a820154600160681b900460ff16156124a757505050565b60048381015460405163380940fb60e01b81526001600160a01b038481169382019390935291169063380940fb90602401602060405180830381865afa1580156124f3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125179190613ebd565b63ffffffff165f0361254757604051639c9009ff60e01b81526001600160a01b03821660048201526024016108f4565b50600a01805460ff60681b1916600160681b17905550565b5f5f61256d866003016126f3565b90505f61257987612713565b90508015801590612588575081155b156125b1576040516359bb816b60e11b81526001600160a01b03871660048201526024016108f4565b6125bc84828461355d565b9250825f036125e157604051636e3699b760e11b8152600481018590526024016108f4565b6001600160a01b038086165f908152600a8a0160209081526040808320938a168352929052206126146006890182613228565b61261d816126f3565b5f0361266157600a8801805460099061264290600160481b900463ffffffff16613ee0565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b61266f600689018286613577565b61268060058a0160038a0187613577565b50505095945050505050565b6040516001600160a01b038481166024830152838116604483015260648201839052610e6e9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613672565b80545f9061089d906001600160701b03600160701b820481169116613e2f565b60088101545f9061089d906001600160701b03600160701b820481169116613e2f565b5f825f0361274557505f610c96565b6127508483856136de565b949350505050565b805460018201546002808401549085015490926001600160701b038116929163ffffffff600160e01b918290048116919092049091161080156127ab57508354600160701b90046001600160701b031615155b15612815578354600160e01b900463ffffffff165f9081526003860160205260409020546127d98282613e70565b6127e39084613e59565b6127ed9085613e2f565b8554909450909150819061281190600160701b90046001600160701b031684613e2f565b9250505b8454612822908290613e70565b6115a19083613e59565b5f612836846126f3565b90508082111561285e576128598461284e8385613e70565b600588019190613577565b61287f565b8082101561287f5761287f846128748484613e70565b600588019190613010565b60408051828152602081018490526001600160a01b038516917fd56c9a3c54988fcfab7c428b06c2019f7d3539a3c6a95ba7a0f6011aa7f2be27910160405180910390a25050505050565b6128d4813361378e565b50565b818310806128e457508083115b15610bb957604051630942247160e31b81526004810184905260248101839052604481018290526064016108f4565b5f5f516020613fdf5f395f51905f5261292c8484611bc6565b6129ab575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556129613390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061089d565b5f91505061089d565b5f6129bf8284613e59565b6129cb61271087613e59565b10158015610ec05750826129df8587613e2f565b101595945050505050565b5f64ffffffffff821115612a1b576040516306dfcc6560e41b815260286004820152602481018390526044016108f4565b5090565b5f5f516020613fdf5f395f51905f52612a388484611bc6565b156129ab575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061089d565b6001600160a01b038083165f908152600a8701602090815260408083209387168352929052908120612acd6006870182613228565b5f612ad7826126f3565b9050612af784612ae689612713565b612af28a6003016126f3565b6137c7565b925080831180612b05575082155b15612b2d5760405163658ec5dd60e11b815260048101829052602481018490526044016108f4565b612b3b600688018385613010565b808303612b8057600a87018054600990612b6190600160481b900463ffffffff16613f04565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b612b91600589016003890186613010565b505095945050505050565b600b8301545f90600160601b81046001600160801b0316906001600160601b03811690600160e01b900463ffffffff1681158015612bd957508215155b15612c0c575f9250612bea81613ee0565b600b880180546001600160e01b0316600160e01b63ffffffff84160217905590505b855463ffffffff828116600160d01b9092041614612c595785547fffff00000000ffffffffffffffffffff0000000000000000000000000000000016600160d01b63ffffffff8316021786555b612c6485848461355d565b9350835f03612c8957604051636e3699b760e11b8152600481018690526024016108f4565b612c966116718684613e2f565b600b880180546001600160601b0319166001600160601b0392909216919091179055612cca612cc58585613e2f565b6137e4565b600b88018054600160601b600160e01b031916600160601b6001600160801b03938416021790558654612d0391612cc591879116613e2f565b86546001600160801b0319166001600160801b0391909116179095555090949350505050565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480612d9957507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612d8d613817565b6001600160a01b031614155b15612db75760405163703e46dd60e11b815260040160405180910390fd5b565b5f611512816128ca565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612e1d575060408051601f3d908101601f19168201909252612e1a91810190613e42565b60015b612e4557604051634c9c8ce360e01b81526001600160a01b03831660048201526024016108f4565b5f516020613fbf5f395f51905f528114612e7557604051632a87526960e21b8152600481018290526024016108f4565b610bb9838361382b565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612db75760405163703e46dd60e11b815260040160405180910390fd5b5f5f612ed48585612272565b6001600160a01b038085165f908152600a88016020908152604080832093891683529290522092509050612f0b6006820183613228565b935093915050565b5f612f214262093a806131ed565b9050612f326005830182600161346d565b50919050565b80826001015f828254612f4b9190613e2f565b90915550505050565b5f6001600160601b03821115612a1b576040516306dfcc6560e41b815260606004820152602481018390526044016108f4565b8154600160a81b900464ffffffffff168015801590612fae5750612fab8282613e2f565b42105b15612fe05780612fbe8382613e2f565b604051636f7db8f960e11b8152600481019290925260248201526044016108f4565b612fe9426129ea565b835464ffffffffff91909116600160a81b0264ffffffffff60a81b19909116179092555050565b81546001600160701b03600160701b82048116911661302f8183613e2f565b831115613064576130408183613e2f565b60405163f47111b360e01b81526004810191909152602481018490526044016108f4565b5f8284106130725782613074565b835b90505f6130818286613e70565b905061308d8285613e70565b86546001600160701b0391909116600160701b02600160701b600160e01b03199091161786556130bd8184613e70565b86546dffffffffffffffffffffffffffff19166001600160701b039182161787556002880180548492600e916130fc918591600160701b900416613f22565b92506101000a8154816001600160701b0302191690836001600160701b0316021790555080876002015f8282829054906101000a90046001600160701b03166131459190613f22565b92506101000a8154816001600160701b0302191690836001600160701b0316021790555050505050505050565b6040516001600160a01b03838116602483015260448201839052610bb991859182169063a9059cbb906064016126c1565b60028101545f906131c26a0c097ce7bc90715b34b9f160241b82613e1c565b91508115612f32576131e26a0c097ce7bc90715b34b9f160241b82613f41565b600284015550919050565b5f610c968284613e1c565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061089d565b612db7613880565b8054600160701b90046001600160701b031615613283575f5f61324b84846132e9565b90925090505f61325b8284613e2f565b9050801561327c5780846002015f8282546132769190613e2f565b90915550505b5050505050565b8054825460018301546001600160701b03909216918215806132a457508082145b156132b0575050505050565b6132ba8183613e70565b6132c49084613e59565b846002015f8282546132d69190613e2f565b9091555050506001909201919091555050565b80545f9081906001600160701b0380821691600160701b9004168115801561330f575080155b15613321575f5f935093505050613408565b855460018601546002880154875463ffffffff600160e01b92839004811692909104168111156133cc578754600160e01b900463ffffffff165f90815260038a0160205260409020546133748382613e70565b61337e9087613e59565b975091508184156133af576133938587613e2f565b89546001600160e01b0319166001600160701b038216178a5595505b5087546001600160e01b0316600160e01b63ffffffff8316021788555b6133d68284613e70565b6133e09086613e59565b955084158015906133f5575082886001015414155b1561340257600188018390555b50505050505b9250929050565b5f61271061341d8385613e59565b6134279190613e1c565b9050801561344a5780845f016002015f8282546134449190613e2f565b90915550505b6134616134578285613e70565b6006860190612f38565b610e6e846006016138a5565b60028301545f90600160e01b900463ffffffff16808411613491575f915050610c96565b61349a856138a5565b6002850154600160701b90046001600160701b031683806134ba57508015155b156134d25785545f8381526003880160205260409020555b8015613530576002860180548291905f906134f79084906001600160701b0316613f54565b82546001600160701b039182166101009390930a928302919092021990911617905550600286018054600160701b600160e01b03191690555b50505060028301805463ffffffff8416600160e01b026001600160e01b0390911617905560019392505050565b5f825f0361356c575082610c96565b6127508484846136de565b81545f90613596908390600160701b90046001600160701b0316613e2f565b83549091506001600160701b03906135b090821683613e2f565b11156135df5760405163f47111b360e01b81526001600160701b036004820152602481018290526044016108f4565b82546001600160701b03808316600160701b908102600160701b600160e01b031984168117875560028801805463ffffffff600160e01b9182900416026001600160e01b03909216948416949094171786558254859392600e9261364892869291900416613f54565b92506101000a8154816001600160701b0302191690836001600160701b0316021790555050505050565b5f5f60205f8451602086015f885af180613691576040513d5f823e3d81fd5b50505f513d915081156136a85780600114156136b5565b6001600160a01b0384163b155b15610e6e57604051635274afe760e01b81526001600160a01b03851660048201526024016108f4565b5f5f5f6136eb8686613908565b91509150815f0361370f5783818161370557613705613df4565b0492505050610c96565b818411613726576137266003851502601118613924565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6137988282611bc6565b6115125760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108f4565b5f815f036137d757505f19610c96565b6127508484846001613935565b5f6001600160801b03821115612a1b576040516306dfcc6560e41b815260806004820152602481018390526044016108f4565b5f5f516020613fbf5f395f51905f52611284565b61383482613977565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561387857610bb982826139da565b611512613a43565b613888613a62565b612db757604051631afcd79f60e31b815260040160405180910390fd5b600281015460018201546001600160701b03909116908115806138c6575080155b156138d057505050565b6138da8282613e1c565b835f015f8282546138eb9190613e2f565b909155506138fb90508282613f41565b8360010181905550505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f61396261394283613a7b565b801561395d57505f848061395857613958613df4565b868809115b151590565b61396d8686866136de565b610ec09190613e2f565b806001600160a01b03163b5f036139ac57604051634c9c8ce360e01b81526001600160a01b03821660048201526024016108f4565b5f516020613fbf5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516139f69190613f73565b5f60405180830381855af49150503d805f8114613a2e576040519150601f19603f3d011682016040523d82523d5f602084013e613a33565b606091505b5091509150610ec0858383613aa7565b3415612db75760405163b398979f60e01b815260040160405180910390fd5b5f613a6b6131f8565b54600160401b900460ff16919050565b5f6002826003811115613a9057613a90613f89565b613a9a9190613f9d565b60ff166001149050919050565b606082613abc57613ab782613b03565b610c96565b8151158015613ad357506001600160a01b0384163b155b15613afc57604051639996b31560e01b81526001600160a01b03851660048201526024016108f4565b5080610c96565b805115613b1257805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215613b3b575f5ffd5b81356001600160e01b031981168114610c96575f5ffd5b6001600160a01b03811681146128d4575f5ffd5b5f5f60408385031215613b77575f5ffd5b8235613b8281613b52565b946020939093013593505050565b5f5f60408385031215613ba1575f5ffd5b8235613bac81613b52565b91506020830135613bbc81613b52565b809150509250929050565b5f60208284031215613bd7575f5ffd5b5035919050565b5f60208284031215613bee575f5ffd5b8135610c9681613b52565b5f5f60408385031215613c0a575f5ffd5b823591506020830135613bbc81613b52565b5f5f5f60608486031215613c2e575f5ffd5b8335613c3981613b52565b95602085013595506040909401359392505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215613c73575f5ffd5b8235613c7e81613b52565b9150602083013567ffffffffffffffff811115613c99575f5ffd5b8301601f81018513613ca9575f5ffd5b803567ffffffffffffffff811115613cc357613cc3613c4e565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715613cf257613cf2613c4e565b604052818152828201602001871015613d09575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f5f60608486031215613d3a575f5ffd5b8335613d4581613b52565b92506020840135613d5581613b52565b929592945050506040919091013590565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f60808587031215613dae575f5ffd5b8435613db981613b52565b93506020850135613dc981613b52565b92506040850135613dd981613b52565b91506060850135613de981613b52565b939692955090935050565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f82613e2a57613e2a613df4565b500490565b8082018082111561089d5761089d613e08565b5f60208284031215613e52575f5ffd5b5051919050565b808202811582820484141761089d5761089d613e08565b8181038181111561089d5761089d613e08565b6001600160601b03818116838216019081111561089d5761089d613e08565b5f60208284031215613eb2575f5ffd5b8151610c9681613b52565b5f60208284031215613ecd575f5ffd5b815163ffffffff81168114610c96575f5ffd5b5f63ffffffff821663ffffffff8103613efb57613efb613e08565b60010192915050565b5f63ffffffff821680613f1957613f19613e08565b5f190192915050565b6001600160701b03828116828216039081111561089d5761089d613e08565b5f82613f4f57613f4f613df4565b500690565b6001600160701b03818116838216019081111561089d5761089d613e08565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680613faf57613faf613df4565b8060ff8416069150509291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R0`\x80R4\x80\x15a\0\x13W__\xFD[Pa\0\x1Ca\0!V[a\0\xD3V[\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0\x80Th\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\0qW`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80T`\x01`\x01`@\x1B\x03\x90\x81\x16\x14a\0\xD0W\x80T`\x01`\x01`@\x1B\x03\x19\x16`\x01`\x01`@\x1B\x03\x90\x81\x17\x82U`@Q\x90\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PV[`\x80Qa@\x0Ba\0\xF9_9_\x81\x81a-4\x01R\x81\x81a-]\x01Ra.\x8A\x01Ra@\x0B_\xF3\xFE`\x80`@R`\x046\x10a\x02jW_5`\xE0\x1C\x80cR\xD1\x90-\x11a\x01JW\x80c\x84]\xAE$\x11a\0\xBEW\x80c\xAD<\xB1\xCC\x11a\0xW\x80c\xAD<\xB1\xCC\x14a\x07\x9FW\x80c\xAE\xFF\xAAG\x14a\x07\xDCW\x80c\xB3i\xAFq\x14a\x07\xFBW\x80c\xD5Gt\x1F\x14a\x08\x1AW\x80c\xD7\xAF\xEEG\x14a\x089W\x80c\xF8\xC8v^\x14a\x08NW__\xFD[\x80c\x84]\xAE$\x14a\x06\xFCW\x80c\x8F\xB2\xE2\xC2\x14a\x07\x1BW\x80c\x91\xD1HT\x14a\x07:W\x80c\x92\x9A\xC3_\x14a\x07YW\x80c\x96\xBB\x1F\xEF\x14a\x07mW\x80c\xA2\x17\xFD\xDF\x14a\x07\x8CW__\xFD[\x80cc&K\xAA\x11a\x01\x0FW\x80cc&K\xAA\x14a\x06XW\x80cd\x81\x8B\xD1\x14a\x06wW\x80ce\xDA\x12d\x14a\x06\x8BW\x80ck\xD8\xF8\x04\x14a\x06\xAAW\x80c|\x8C3\x94\x14a\x06\xC9W\x80c\x80\xAFo\xF6\x14a\x06\xDDW__\xFD[\x80cR\xD1\x90-\x14a\x05\xE7W\x80cT;\xE71\x14a\x05\xFBW\x80c]\xB8/\xA0\x14a\x06\x1AW\x80c]\xBD\xDAi\x14a\x06.W\x80ca\xD0'\xB3\x14a\x06DW__\xFD[\x80c2\x81\xA7\x8E\x11a\x01\xE1W\x80c>A;\xEE\x11a\x01\xA6W\x80c>A;\xEE\x14a\x05-W\x80c>\x91\xAD\xCA\x14a\x05YW\x80cA\xA2\xB8\xD6\x14a\x05mW\x80cGY\n\x0F\x14a\x05\x8CW\x80cM\x99\xDD\x16\x14a\x05\xB5W\x80cO\x1E\xF2\x86\x14a\x05\xD4W__\xFD[\x80c2\x81\xA7\x8E\x14a\x04\xA8W\x80c5^kC\x14a\x04\xC7W\x80c6V\x8A\xBE\x14a\x04\xE6W\x80c9\x95\\\xF4\x14a\x05\x05W\x80c>\x17\xB6\0\x14a\x05\x19W__\xFD[\x80c\x11)\xEE7\x11a\x022W\x80c\x11)\xEE7\x14a\x03\x83W\x80c\x15e\"\xA8\x14a\x03\xA2W\x80c\x1B\x91\x03w\x14a\x04-W\x80c$\x8A\x9C\xA3\x14a\x04BW\x80c&-\xDE\xC3\x14a\x04aW\x80c//\xF1]\x14a\x04\x89W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02nW\x80c\x02n@+\x14a\x02\xA2W\x80c\x04m3\x07\x14a\x02\xCFW\x80c\x08\xACwk\x14a\x03CW\x80c\t\x95\xADL\x14a\x03dW[__\xFD[4\x80\x15a\x02yW__\xFD[Pa\x02\x8Da\x02\x886`\x04a;+V[a\x08mV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\xADW__\xFD[Pa\x02\xC1a\x02\xBC6`\x04a;fV[a\x08\xA3V[`@Q\x90\x81R` \x01a\x02\x99V[4\x80\x15a\x02\xDAW__\xFD[Pa\x02\xEEa\x02\xE96`\x04a;\x90V[a\t\x98V[`@Qa\x02\x99\x91\x90_`\xE0\x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R\x92\x91PPV[4\x80\x15a\x03NW__\xFD[Pa\x03ba\x03]6`\x04a;fV[a\x0BlV[\0[4\x80\x15a\x03oW__\xFD[Pa\x03ba\x03~6`\x04a;\xC7V[a\x0B\xBEV[4\x80\x15a\x03\x8EW__\xFD[Pa\x02\xC1a\x03\x9D6`\x04a;\xDEV[a\x0CJV[4\x80\x15a\x03\xADW__\xFD[Pa\x03\xC1a\x03\xBC6`\x04a;\xDEV[a\x0C\x9DV[`@Qa\x02\x99\x91\x90_a\x01 \x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R`\xE0\x83\x01Q`\xE0\x83\x01Ra\x01\0\x83\x01Qa\x01\0\x83\x01R\x92\x91PPV[4\x80\x15a\x048W__\xFD[Pa\x02\xC1a\x13\x88\x81V[4\x80\x15a\x04MW__\xFD[Pa\x02\xC1a\x04\\6`\x04a;\xC7V[a\x0E2V[4\x80\x15a\x04lW__\xFD[Pa\x04va\x07\xD0\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x99V[4\x80\x15a\x04\x94W__\xFD[Pa\x03ba\x04\xA36`\x04a;\xF9V[a\x0ERV[4\x80\x15a\x04\xB3W__\xFD[Pa\x02\x8Da\x04\xC26`\x04a<\x1CV[a\x0EtV[4\x80\x15a\x04\xD2W__\xFD[Pa\x03ba\x04\xE16`\x04a;\xC7V[a\x0E\xC9V[4\x80\x15a\x04\xF1W__\xFD[Pa\x03ba\x05\x006`\x04a;\xF9V[a\x11\xE8V[4\x80\x15a\x05\x10W__\xFD[Pa\x02\xC1a\x12\x1BV[4\x80\x15a\x05$W__\xFD[Pa\x02\xC1a\x12FV[4\x80\x15a\x058W__\xFD[Pa\x05Aa\x12`V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\x99V[4\x80\x15a\x05dW__\xFD[Pa\x05Aa\x12{V[4\x80\x15a\x05xW__\xFD[Pa\x02\xC1a\x05\x876`\x04a;\xDEV[a\x12\x93V[4\x80\x15a\x05\x97W__\xFD[Pa\x05\xA0a\x12\xE1V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x02\x99V[4\x80\x15a\x05\xC0W__\xFD[Pa\x02\xC1a\x05\xCF6`\x04a;fV[a\x13\x17V[a\x03ba\x05\xE26`\x04a<bV[a\x14\xF7V[4\x80\x15a\x05\xF2W__\xFD[Pa\x02\xC1a\x15\x16V[4\x80\x15a\x06\x06W__\xFD[Pa\x02\xC1a\x06\x156`\x04a;\x90V[a\x151V[4\x80\x15a\x06%W__\xFD[Pa\x05Aa\x15\xABV[4\x80\x15a\x069W__\xFD[Pa\x02\xC1b\t:\x80\x81V[4\x80\x15a\x06OW__\xFD[Pa\x05Aa\x15\xC6V[4\x80\x15a\x06cW__\xFD[Pa\x03ba\x06r6`\x04a;\xC7V[a\x15\xE1V[4\x80\x15a\x06\x82W__\xFD[Pa\x02\xC1a\x16\xDDV[4\x80\x15a\x06\x96W__\xFD[Pa\x02\xC1a\x06\xA56`\x04a;\xDEV[a\x16\xF7V[4\x80\x15a\x06\xB5W__\xFD[Pa\x02\xC1a\x06\xC46`\x04a=(V[a\x17&V[4\x80\x15a\x06\xD4W__\xFD[Pa\x02\xC1`d\x81V[4\x80\x15a\x06\xE8W__\xFD[Pa\x02\xC1a\x06\xF76`\x04a<\x1CV[a\x19\x90V[4\x80\x15a\x07\x07W__\xFD[Pa\x03ba\x07\x166`\x04a;\xC7V[a\x1B*V[4\x80\x15a\x07&W__\xFD[Pa\x03ba\x0756`\x04a;\xDEV[a\x1B\xB5V[4\x80\x15a\x07EW__\xFD[Pa\x02\x8Da\x07T6`\x04a;\xF9V[a\x1B\xC6V[4\x80\x15a\x07dW__\xFD[Pa\x05Aa\x1B\xFCV[4\x80\x15a\x07xW__\xFD[Pa\x02\xC1a\x07\x876`\x04a;\xDEV[a\x1C\x17V[4\x80\x15a\x07\x97W__\xFD[Pa\x02\xC1_\x81V[4\x80\x15a\x07\xAAW__\xFD[Pa\x07\xCF`@Q\x80`@\x01`@R\x80`\x05\x81R` \x01d\x03R\xE3\x02\xE3`\xDC\x1B\x81RP\x81V[`@Qa\x02\x99\x91\x90a=fV[4\x80\x15a\x07\xE7W__\xFD[Pa\x02\xC1a\x07\xF66`\x04a;\xDEV[a\x1D=V[4\x80\x15a\x08\x06W__\xFD[Pa\x02\xC1a\x08\x156`\x04a;\xC7V[a\x1F'V[4\x80\x15a\x08%W__\xFD[Pa\x03ba\x0846`\x04a;\xF9V[a\x1F5V[4\x80\x15a\x08DW__\xFD[Pa\x04va\x03\xE8\x81V[4\x80\x15a\x08YW__\xFD[Pa\x03ba\x08h6`\x04a=\x9BV[a\x1FQV[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x08\x9DWPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_\x81_\x03a\x08\xC4W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x08\xFDW`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\t\x06a\"NV[\x90P_a\t\x13\x82\x86a\"rV[\x90Pa\t \x82\x82\x87a$\x8EV[a\t-\x82\x82\x873\x88a%_V[`@\x80Q\x86\x81R` \x81\x01\x83\x90R\x91\x94P`\x01`\x01`\xA0\x1B\x03\x87\x16\x913\x91\x7F$\xD7\xBD\xA8`+\x91mdA\x7F\r\xBF\xE2\xE2\xE8\x8E\xC9\xB1\x15{\xD9\xF5\x96\xDF\xDB\x91\xBA&bN\x04\x91\x01`@Q\x80\x91\x03\x90\xA3`\x02\x82\x01Ta\t\x90\x90`\x01`\x01`\xA0\x1B\x03\x1630\x87a&\x8CV[PP\x92\x91PPV[a\t\xD1`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\t\xDAa\"NV[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x81\x81R`\t\x84\x01` \x90\x81R`@\x80\x83 \x94\x8A\x16\x80\x84R`\n\x87\x01\x83R\x81\x84 \x85\x85R\x83R\x81\x84 \x90\x84R`\x0B\x80\x88\x01\x84R\x82\x85 \x95\x85R\x94\x83R\x92\x81\x90 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82Rd\xFF\xFF\xFF\xFF\xFF`\x01`\x80\x1B\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01`\xA8\x1B\x81\x04\x90\x93\x16\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF`\x01`\xD0\x1B\x90\x92\x04\x82\x16``\x82\x01\x81\x90R\x93\x85\x01T\x95\x96P\x93\x94\x91\x93\x92`\x01`\xE0\x1B\x90\x92\x04\x16\x14a\n\x96W_\x81R[_a\n\xA0\x83a&\xF3V[\x90P`@Q\x80`\xE0\x01`@R\x80\x82\x81R` \x01a\n\xD1\x83a\n\xC0\x88a'\x13V[a\n\xCC\x89`\x03\x01a&\xF3V[a'6V[\x81R\x83Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16` \x83\x01R\x84Q`\x0B\x88\x01T`@\x90\x93\x01\x92a\x0B\x11\x92\x91\x82\x16\x91`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a'6V[\x81R` \x01\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\x0BT\x87`\x06\x01\x87a'XV[a\x0B^\x91\x90a>\x1CV[\x90R\x98\x97PPPPPPPPV[_a\x0Bua\"NV[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0B\xA4W`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xF4V[a\x0B\xB9\x81a\x0B\xB2\x83\x86a\"rV[\x85\x85a(,V[PPPV[_a\x0B\xC8\x81a(\xCAV[a\x0B\xD6\x82`da'\x10a(\xD7V[_a\x0B\xDFa\"NV[\x80T`@\x80Q`\x01`\xB0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F#I\xFE\xA6\xDA3?\xC9G\xEB\x02E\x9A\x89}\x90EH\xA5\x97\xFD\x03|\xF7\x8AC\x19\x023\xF7~\xF2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xB0\x1B\x02a\xFF\xFF`\xB0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[__a\x0CTa\"NV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t\x91\x90\x91\x01` R`@\x90 `\x0B\x81\x01T\x90\x91P`\x01`\x01``\x1B\x03\x16a\x0C\x8C`\x03\x83\x01a&\xF3V[a\x0C\x96\x91\x90a>/V[\x93\x92PPPV[a\x0C\xE3`@Q\x80a\x01 \x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\x0C\xECa\"NV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t\x82\x01` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R`\n\x82\x01Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94Rd\x01\0\0\0\0\x81\x04d\xFF\xFF\xFF\xFF\xFF\x16\x82\x86\x01R`\x01`H\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x01`h\x1B\x90\x04`\xFF\x16\x15\x15`\x80\x82\x01R\x84T\x84Qa\x01 \x81\x01\x90\x95R\x94\x95P\x90\x93\x90\x92`\x01`\xA0\x1B\x90\x91\x04\x90\x91\x16\x90\x80a\r\x8C\x85a&\xF3V[\x81R` \x01a\r\x9D\x85`\x03\x01a&\xF3V[\x81R` \x01a\r\xAB\x85a'\x13V[\x81R`\x0B\x85\x01T`\x01`\x01``\x1B\x03\x81\x16` \x83\x01R`\x01``\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16`@\x82\x01R``\x84\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x83Q`\x80\x90\x91\x01\x90a\xFF\xFF\x16\x83\x11a\r\xFEW\x82a\x0E\x05V[\x83Qa\xFF\xFF\x16[\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01\x83`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x94PPPPP\x91\x90PV[_\x90\x81R_Q` a?\xDF_9_Q\x90_R` R`@\x90 `\x01\x01T\x90V[a\x0E[\x82a\x0E2V[a\x0Ed\x81a(\xCAV[a\x0En\x83\x83a)\x13V[PPPPV[__a\x0E~a\"NV[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\t\x82\x01` R`@\x90 \x90\x91Pa\x0E\xC0\x90\x85\x90a\x0E\xAC\x90`\x03\x01a&\xF3V[\x83T\x86\x90`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16a)\xB4V[\x95\x94PPPPPV[_a\x0E\xD2a\"NV[\x80T\x90\x91P`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x80\x83\x11\x15a\x0F\rW`@Qc,\xDF\xE2\x19`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90R`D\x01a\x08\xF4V[_a\x0F\x18\x833a\"rV[`@\x80Q`\xA0\x81\x01\x82R`\n\x83\x01Ta\xFF\xFF\x80\x82\x16\x80\x84Rb\x01\0\0\x83\x04\x90\x91\x16` \x84\x01Rd\x01\0\0\0\0\x82\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R`\x01`H\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x01`h\x1B\x90\x04`\xFF\x16\x15\x15`\x80\x82\x01R\x91\x92P\x85\x81\x81\x11a\x10tW_`@\x80\x85\x01\x82\x90R` \x85\x01\x91\x90\x91Ra\xFF\xFF\x82\x16\x80\x85R`\n\x86\x01\x80T``\x87\x01Q`\x80\x88\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x90\x94\x17\x91\x90\x91\x17\x16\x91\x90\x91\x17\x90UQ3\x90\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x90a\x10,\x90\x85\x90\x8B\x90B\x90\x92\x83R` \x83\x01\x91\x90\x91R`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA2`@\x80Q\x83\x81R` \x81\x01\x89\x90R3\x91\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x91\x01`@Q\x80\x91\x03\x90\xA2a\x11\xDFV[\x85T`@\x80Qcl\xF6\xD6u`\xE0\x1B\x81R\x90Q_\x92`\x01`\x01`\xA0\x1B\x03\x16\x91cl\xF6\xD6u\x91`\x04\x80\x83\x01\x92` \x92\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x10\xBAW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x10\xDE\x91\x90a>BV[a\x10\xE8\x90Ba>/V[a\xFF\xFF\x83\x16` \x86\x01R\x90Pa\x10\xFD\x81a)\xEAV[d\xFF\xFF\xFF\xFF\xFF\x16`@\x85\x81\x01\x82\x90R\x85Q`\n\x88\x01\x80T` \x80\x8A\x01Q``\x80\x8C\x01Q`\x80\x8D\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x19d\x01\0\0\0\0\x90\x9B\x02\x9A\x90\x9A\x16l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x19a\xFF\xFF\x95\x86\x16b\x01\0\0\x02c\xFF\xFF\xFF\xFF\x19\x90\x98\x16\x95\x90\x99\x16\x94\x90\x94\x17\x95\x90\x95\x17\x96\x90\x96\x16\x91\x90\x91\x17\x96\x90\x96\x17\x93\x90\x93\x16\x17\x90U\x81Q\x86\x81R\x90\x81\x01\x8B\x90R\x90\x81\x01\x83\x90R3\x91\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x91\x01`@Q\x80\x91\x03\x90\xA2P[PPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x12\x11W`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0B\xB9\x82\x82a*\x1FV[_j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\x123a\"NV[`\x06\x01Ta\x12A\x91\x90a>\x1CV[\x90P\x90V[_a\x12Oa\"NV[T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x12ia\"NV[`\x03\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x12\x84a\"NV[T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x12\x9Da\"NV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t\x82\x01` R`@\x90 \x90\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a\x12\xD7\x90`\x05\x84\x01\x90a'XV[a\x0C\x96\x91\x90a>\x1CV[___a\x12\xECa\"NV[`\x04\x81\x01T`\x03\x90\x91\x01T`\x01`\x01``\x1B\x03`\x01`\xA0\x1B\x92\x83\x90\x04\x81\x16\x96\x92\x90\x91\x04\x16\x93P\x91PPV[_\x81_\x03a\x138W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x13Aa\"NV[\x90P_a\x13N\x82\x86a\"rV[\x90Pa\x13]\x82\x82\x873\x88a*\x98V[3_\x90\x81R`\x0B\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8A\x16\x84R\x90\x91R\x81 \x91\x94Pa\x13\x8F\x83\x83\x88a+\x9CV[\x90P_\x84_\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13\xE3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x14\x07\x91\x90a>BV[a\x14\x11\x90Ba>/V[\x90Pa\x14\x1C\x81a)\xEAV[\x83Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\x80\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x90\x91\x16\x17\x83U`@\x80Q\x88\x81R` \x81\x01\x88\x90R\x90\x81\x01\x83\x90R``\x81\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x89\x16\x903\x90\x7F\x01\x1E*\x8AH\xC6\x17hV\xFBT7\xF7\xDF\xB9\x0FOs\x06\xE4\x1C\xDAAL7\x16!{\xD2L\x91\xDB\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3\x84T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x14\xD6W__\xFD[PZ\xF1\x15\x80\x15a\x14\xE8W=__>=_\xFD[PPPPPPPPP\x92\x91PPV[a\x14\xFFa-)V[a\x15\x08\x82a-\xB9V[a\x15\x12\x82\x82a-\xC3V[PPV[_a\x15\x1Fa.\x7FV[P_Q` a?\xBF_9_Q\x90_R\x90V[___a\x15Fa\x15?a\"NV[\x86\x86a.\xC8V[\x91P\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82`\x02\x01Ta\x15h\x91\x90a>\x1CV[\x92P\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\t\x90W`\x02\x81\x01Ta\x15\xA1\x90j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a>\x1CV[a\x0E\xC0\x90\x84a>/V[_a\x15\xB4a\"NV[`\x04\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x15\xCFa\"NV[`\x01\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x15\xEAa\"NV[`\x01\x81\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x16\x1CW`@Qc'V0\x89`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xF4V[_a\x16&\x82a/\x13V[\x90Pa\x16Ma\x16Cj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x85a>YV[`\x05\x84\x01\x90a/8V[`\x04\x82\x01Ta\x16v\x90a\x16q\x90\x85\x90`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16a>/V[a/TV[\x82`\x04\x01`\x14a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x80\x7Fg\xCA\xD5\x9EYX\xC0h!\x0BW\xB4\xB0\x1F\x16`\xB6$S2\xDE\x94\xB4\xEFI\x1E{\xD7@HYU\x84`@Qa\x16\xD0\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPV[_a\x16\xE6a\"NV[T`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x08\x9Da\x17\x03a\"NV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t\x91\x90\x91\x01` R`@\x90 `\x03\x01a&\xF3V[_\x81_\x03a\x17GW`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\x17\x84W`@QcEp\xAE\xF9`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xF4V[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x17\xB8W`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x08\xF4V[_a\x17\xC1a\"NV[\x90P_\x81_\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x18\x15W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x189\x91\x90a>BV[3_\x90\x81R`\x0B\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8B\x16\x84R\x90\x91R\x90 \x90\x91Pa\x18j\x90\x82a/\x87V[3_\x90\x81R`\x0B\x83\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 a\x18\x98\x90\x82a/\x87V[_a\x18\xAF\x83a\x18\xA7\x85\x8Aa\"rV[\x893\x89a*\x98V[\x90P_a\x18\xBC\x84\x88a\"rV[\x90Pa\x18\xC9\x84\x82\x89a$\x8EV[a\x18\xD6\x84\x82\x893\x8Aa%_V[`@\x80Q\x88\x81R` \x81\x01\x85\x90R\x90\x81\x01\x82\x90R\x90\x95P`\x01`\x01`\xA0\x1B\x03\x80\x89\x16\x91\x90\x8A\x16\x903\x90\x7F\xFD\xACn\x81\x919\x96\xD9Z\xBC\xC2\x89\xE9\x0F-\x8B\xD25H|\xE6\xFEo\x82\x1E}!\0*\x19\x15\xB4\x90``\x01`@Q\x80\x91\x03\x90\xA4\x83T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x19oW__\xFD[PZ\xF1\x15\x80\x15a\x19\x81W=__>=_\xFD[PPPPPPPP\x93\x92PPPV[_\x82\x15\x80a\x19\x9FWPa'\x10\x83\x11[\x15a\x19\xC0W`@Qc\"{\xD0W`\xE1\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x08\xF4V[_a\x19\xC9a\"NV[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x19\xF8W`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xF4V[_a\x1A\x03\x82\x87a\"rV[\x90Pa\x1A\x11\x82\x82\x88\x87a(,V[_a\x1A\x1E\x82`\x03\x01a&\xF3V[\x90P_a'\x10a\x1A.\x88\x84a>YV[a\x1A8\x91\x90a>\x1CV[\x90P\x80\x15a\x1AQWa\x1AQ`\x05\x85\x01`\x03\x85\x01\x83a0\x10V[`\x0B\x83\x01T`\x01`\x01``\x1B\x03\x16_a'\x10a\x1Am\x8A\x84a>YV[a\x1Aw\x91\x90a>\x1CV[\x90Pa\x1A\x83\x81\x83a>pV[`\x0B\x86\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1A\xAF\x81\x84a>/V[`@\x80Q\x8B\x81R` \x81\x01\x86\x90R\x90\x81\x01\x83\x90R\x90\x97P`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x7F\x99f\xFE#\x87\x91Wu\xB6YZ~\xD0\x90\xB58\t\xE9\x94\x9A\xA3\r\xB3/d\x96Gd6\xCE\x87\xAB\x90``\x01`@Q\x80\x91\x03\x90\xA2\x86\x15a\x1B\x1DW`\x02\x86\x01Ta\x1B\x1D\x90`\x01`\x01`\xA0\x1B\x03\x163\x89a1rV[PPPPPP\x93\x92PPPV[_a\x1B4\x81a(\xCAV[a\x1BA\x82_a\x13\x88a(\xD7V[_a\x1BJa\"NV[\x80T`@\x80Q`\x01`\xA0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F|3 \rV\xC47HR#\x9F\x90\x13\x8D\xD6;\xB8\xFFu\xFBNy\r\xD6\x1C\x94\xFA\xAC\xBDW\xD1\xD2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[a\x15\x12a\x1B\xC0a\"NV[\x82a\"rV[_\x91\x82R_Q` a?\xDF_9_Q\x90_R` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[_a\x1C\x05a\"NV[`\x02\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x1C!a\"NV[\x90P__a\x1C0\x83\x863a.\xC8V[\x91P\x91Pa\x1C=\x82a1\xA3V[\x93P`\x01`\x01`\xA0\x1B\x03\x85\x163\x03a\x1CeWa\x1CX\x81a1\xA3V[a\x1Cb\x90\x85a>/V[\x93P[\x83_\x03a\x1C\x85W`@Qc\x12\xD3~\xE5`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x83\x83`\x03\x01`\x14\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16a\x1C\xAB\x91\x90a>\x83V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x84`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD5\"!mh\x06\xED\x90D\x0F \xC2\xEBk\xC7\r\xEA\xF0\x89\x1D\xAAt\x95\x18[z\x15T\xDB\xCC\xB8\xF9\x86`@Qa\x1D\x14\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3`\x03\x83\x01Ta\x1D5\x90`\x01`\x01`\xA0\x1B\x03\x163\x86a1rV[PPP\x91\x90PV[__a\x1DGa\"NV[3_\x90\x81R`\x0B\x82\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x81 \x80T\x92\x93P\x91`\x01`\x01`\x80\x1B\x03\x16\x90\x81\x90\x03a\x1D\x9BW`@Qc\t\x8A\xE7]`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81T`\x01`\x80\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\x1D\xDDW\x81T`@Qc\xDD\x9C\x89C`\xE0\x1B\x81R`\x01`\x80\x1B\x90\x91\x04d\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x08\xF4V[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\t\x84\x01` R`@\x90 \x82T`\x01`\x01`\x80\x1B\x03\x19\x16\x80\x84U`\x0B\x82\x01Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16`\x01`\xD0\x1B\x90\x92\x04\x16\x03a\x1E\xB9W`\x0B\x81\x01T`\x01`\x01`\x80\x1B\x03`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a\x1EQ\x84\x83\x83a'6V[\x96Pa\x1E]\x84\x83a>pV[`\x0B\x84\x01\x80T`\x01`\x01`\x80\x1B\x03\x92\x90\x92\x16`\x01``\x1B\x02`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1E\x94\x87\x82a>pV[`\x0B\x84\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UPP[`@\x80Q\x86\x81R` \x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x88\x16\x913\x91\x7F}B\xDA\xB4t\xBC\xFD\xB4\xA6\xF7F\xB2SoE\xAFL,\x02\xED\xF6+\xADI\xC58\xB4\xA2\xA7f\xCB\x94\x91\x01`@Q\x80\x91\x03\x90\xA3\x84\x15a\x1F\x1EW`\x02\x84\x01Ta\x1F\x1E\x90`\x01`\x01`\xA0\x1B\x03\x163\x87a1rV[PPPP\x91\x90PV[_a\x08\x9D\x82b\t:\x80a1\xEDV[a\x1F>\x82a\x0E2V[a\x1FG\x81a(\xCAV[a\x0En\x83\x83a*\x1FV[_a\x1FZa1\xF8V[\x80T\x90\x91P`\xFF`\x01`@\x1B\x82\x04\x16\x15\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x81\x15\x80\x15a\x1F\x81WP\x82[\x90P_\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01\x14\x80\x15a\x1F\x9DWP0;\x15[\x90P\x81\x15\x80\x15a\x1F\xABWP\x80\x15[\x15a\x1F\xC9W`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01\x17\x85U\x83\x15a\x1F\xF3W\x84T`\xFF`@\x1B\x19\x16`\x01`@\x1B\x17\x85U[`\x01`\x01`\xA0\x1B\x03\x89\x16\x15\x80a \x10WP`\x01`\x01`\xA0\x1B\x03\x88\x16\x15[\x80a \"WP`\x01`\x01`\xA0\x1B\x03\x87\x16\x15[\x80a 4WP`\x01`\x01`\xA0\x1B\x03\x86\x16\x15[\x15a RW`@Qc\xD9.#=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a Za2 V[a d_\x8Aa)\x13V[P_a na\"NV[\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x81\x17\x82U`@\x80Qc\x02\xED\xC1}`\xE5\x1B\x81R\x90Q\x92\x93P\x90\x91c]\xB8/\xA0\x91`\x04\x80\x82\x01\x92` \x92\x90\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a \xC7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a \xEB\x91\x90a>\xA2V[\x81`\x04\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP\x87`\x01`\x01`\xA0\x1B\x03\x16c>A;\xEE`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a!NW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a!r\x91\x90a>\xA2V[`\x03\x82\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x90\x81\x16`\x01`\x01`\xA0\x1B\x03\x93\x84\x16\x17\x90\x91U`\x01\x83\x01\x80T\x82\x16\x8B\x84\x16\x17\x90U`\x02\x83\x01\x80T\x90\x91\x16\x91\x89\x16\x91\x90\x91\x17\x90U\x80Tc\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x16b>\x80}`\xA4\x1B\x17\x81Ua!\xD6Bb\t:\x80a1\xEDV[`\x07\x90\x91\x01\x80Tc\xFF\xFF\xFF\xFF\x92\x90\x92\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x90\x92\x16\x91\x90\x91\x17\x90U\x83\x15a\"CW\x84T`\xFF`@\x1B\x19\x16\x85U`@Q`\x01\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PPPPPPPPPV[\x7F-\xBB\xB2qM<\xF6O\x070\xE4V\xB2\xAE\xCD\x84\xFE\x811\x88\xE5\xD9C\xBC\xFA&P\xA3\xF3K\xE3\0\x90V[__a\"}\x84a/\x13V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t\x86\x01` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R`\n\x82\x01Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x16\x93\x82\x01\x93\x90\x93Rd\x01\0\0\0\0\x83\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x81\x01\x93\x90\x93R`\x01`H\x1B\x82\x04c\xFF\xFF\xFF\xFF\x90\x81\x16``\x85\x01R`\x01`h\x1B\x90\x92\x04`\xFF\x16\x15\x15`\x80\x84\x01R`\x08\x81\x01T\x90\x95P\x92\x93P\x90\x91`\x01`\xE0\x1B\x90\x04\x16\x82\x14a#\xA0Wa#!`\x05\x86\x01\x84a2(V[_\x80a#3`\x05\x88\x01`\x03\x87\x01a2\xE9V[\x90\x92P\x90P_\x82\x82\x17\x15a#kW\x87T\x84Qa\xFF\xFF`\x01`\xA0\x1B\x90\x92\x04\x82\x16\x91\x16\x81\x11a#`W\x80a#gV[\x84Qa\xFF\xFF\x16[\x91PP[\x82\x15a#|Wa#|\x86\x84\x83a4\x0FV[a#\x8A`\x06\x87\x01\x86_a4mV[P\x81\x15a#\x9CWa#\x9C\x86\x83\x83a4\x0FV[PPP[`@\x81\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a#\xC5WP\x80`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\t\x90W\x80Q` \x82\x01Q`@Q`\x01`\x01`\xA0\x1B\x03\x87\x16\x92\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x92a$\x1A\x92a\xFF\xFF\x92\x83\x16\x81R\x91\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2` \x81\x01\x80Q_`@\x84\x01\x81\x90R\x90\x91Ra\xFF\xFF\x16\x80\x82R`\n\x84\x01\x80T``\x84\x01Q`\x80\x85\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x90\x94\x17\x91\x90\x91\x17\x16\x91\x90\x91\x17\x90UPP\x92\x91PPV[`\n\x82\x01T`\x01`h\x1B\x90\x04`\xFF\x16\x15a$\xA7WPPPV[`\x04\x83\x81\x01T`@Qc8\t@\xFB`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16\x93\x82\x01\x93\x90\x93R\x91\x16\x90c8\t@\xFB\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a$\xF3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a%\x17\x91\x90a>\xBDV[c\xFF\xFF\xFF\xFF\x16_\x03a%GW`@Qc\x9C\x90\t\xFF`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xF4V[P`\n\x01\x80T`\xFF`h\x1B\x19\x16`\x01`h\x1B\x17\x90UPV[__a%m\x86`\x03\x01a&\xF3V[\x90P_a%y\x87a'\x13V[\x90P\x80\x15\x80\x15\x90a%\x88WP\x81\x15[\x15a%\xB1W`@QcY\xBB\x81k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x08\xF4V[a%\xBC\x84\x82\x84a5]V[\x92P\x82_\x03a%\xE1W`@Qcn6\x99\xB7`\xE1\x1B\x81R`\x04\x81\x01\x85\x90R`$\x01a\x08\xF4V[`\x01`\x01`\xA0\x1B\x03\x80\x86\x16_\x90\x81R`\n\x8A\x01` \x90\x81R`@\x80\x83 \x93\x8A\x16\x83R\x92\x90R a&\x14`\x06\x89\x01\x82a2(V[a&\x1D\x81a&\xF3V[_\x03a&aW`\n\x88\x01\x80T`\t\x90a&B\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a>\xE0V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a&o`\x06\x89\x01\x82\x86a5wV[a&\x80`\x05\x8A\x01`\x03\x8A\x01\x87a5wV[PPP\x95\x94PPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x0En\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x83\x81\x83\x16\x17\x83RPPPPa6rV[\x80T_\x90a\x08\x9D\x90`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a>/V[`\x08\x81\x01T_\x90a\x08\x9D\x90`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a>/V[_\x82_\x03a'EWP_a\x0C\x96V[a'P\x84\x83\x85a6\xDEV[\x94\x93PPPPV[\x80T`\x01\x82\x01T`\x02\x80\x84\x01T\x90\x85\x01T\x90\x92`\x01`\x01`p\x1B\x03\x81\x16\x92\x91c\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x91\x82\x90\x04\x81\x16\x91\x90\x92\x04\x90\x91\x16\x10\x80\x15a'\xABWP\x83T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x15\x15[\x15a(\x15W\x83T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x03\x86\x01` R`@\x90 Ta'\xD9\x82\x82a>pV[a'\xE3\x90\x84a>YV[a'\xED\x90\x85a>/V[\x85T\x90\x94P\x90\x91P\x81\x90a(\x11\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x84a>/V[\x92PP[\x84Ta(\"\x90\x82\x90a>pV[a\x15\xA1\x90\x83a>YV[_a(6\x84a&\xF3V[\x90P\x80\x82\x11\x15a(^Wa(Y\x84a(N\x83\x85a>pV[`\x05\x88\x01\x91\x90a5wV[a(\x7FV[\x80\x82\x10\x15a(\x7FWa(\x7F\x84a(t\x84\x84a>pV[`\x05\x88\x01\x91\x90a0\x10V[`@\x80Q\x82\x81R` \x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16\x91\x7F\xD5l\x9A<T\x98\x8F\xCF\xAB|B\x8B\x06\xC2\x01\x9F}59\xA3\xC6\xA9[\xA7\xA0\xF6\x01\x1A\xA7\xF2\xBE'\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPPV[a(\xD4\x813a7\x8EV[PV[\x81\x83\x10\x80a(\xE4WP\x80\x83\x11[\x15a\x0B\xB9W`@Qc\tB$q`\xE3\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x08\xF4V[__Q` a?\xDF_9_Q\x90_Ra),\x84\x84a\x1B\xC6V[a)\xABW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua)a3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x85\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4`\x01\x91PPa\x08\x9DV[_\x91PPa\x08\x9DV[_a)\xBF\x82\x84a>YV[a)\xCBa'\x10\x87a>YV[\x10\x15\x80\x15a\x0E\xC0WP\x82a)\xDF\x85\x87a>/V[\x10\x15\x95\x94PPPPPV[_d\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a*\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`(`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xF4V[P\x90V[__Q` a?\xDF_9_Q\x90_Ra*8\x84\x84a\x1B\xC6V[\x15a)\xABW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x87\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4`\x01\x91PPa\x08\x9DV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R`\n\x87\x01` \x90\x81R`@\x80\x83 \x93\x87\x16\x83R\x92\x90R\x90\x81 a*\xCD`\x06\x87\x01\x82a2(V[_a*\xD7\x82a&\xF3V[\x90Pa*\xF7\x84a*\xE6\x89a'\x13V[a*\xF2\x8A`\x03\x01a&\xF3V[a7\xC7V[\x92P\x80\x83\x11\x80a+\x05WP\x82\x15[\x15a+-W`@Qce\x8E\xC5\xDD`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x84\x90R`D\x01a\x08\xF4V[a+;`\x06\x88\x01\x83\x85a0\x10V[\x80\x83\x03a+\x80W`\n\x87\x01\x80T`\t\x90a+a\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a?\x04V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a+\x91`\x05\x89\x01`\x03\x89\x01\x86a0\x10V[PP\x95\x94PPPPPV[`\x0B\x83\x01T_\x90`\x01``\x1B\x81\x04`\x01`\x01`\x80\x1B\x03\x16\x90`\x01`\x01``\x1B\x03\x81\x16\x90`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81\x15\x80\x15a+\xD9WP\x82\x15\x15[\x15a,\x0CW_\x92Pa+\xEA\x81a>\xE0V[`\x0B\x88\x01\x80T`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90U\x90P[\x85Tc\xFF\xFF\xFF\xFF\x82\x81\x16`\x01`\xD0\x1B\x90\x92\x04\x16\x14a,YW\x85T\x7F\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x86U[a,d\x85\x84\x84a5]V[\x93P\x83_\x03a,\x89W`@Qcn6\x99\xB7`\xE1\x1B\x81R`\x04\x81\x01\x86\x90R`$\x01a\x08\xF4V[a,\x96a\x16q\x86\x84a>/V[`\x0B\x88\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua,\xCAa,\xC5\x85\x85a>/V[a7\xE4V[`\x0B\x88\x01\x80T`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x16`\x01``\x1B`\x01`\x01`\x80\x1B\x03\x93\x84\x16\x02\x17\x90U\x86Ta-\x03\x91a,\xC5\x91\x87\x91\x16a>/V[\x86T`\x01`\x01`\x80\x1B\x03\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x90\x95UP\x90\x94\x93PPPPV[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80a-\x99WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16a-\x8Da8\x17V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a-\xB7W`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[V[_a\x15\x12\x81a(\xCAV[\x81`\x01`\x01`\xA0\x1B\x03\x16cR\xD1\x90-`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a.\x1DWP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra.\x1A\x91\x81\x01\x90a>BV[`\x01[a.EW`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x08\xF4V[_Q` a?\xBF_9_Q\x90_R\x81\x14a.uW`@Qc*\x87Ri`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x08\xF4V[a\x0B\xB9\x83\x83a8+V[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a-\xB7W`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a.\xD4\x85\x85a\"rV[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x90\x81R`\n\x88\x01` \x90\x81R`@\x80\x83 \x93\x89\x16\x83R\x92\x90R \x92P\x90Pa/\x0B`\x06\x82\x01\x83a2(V[\x93P\x93\x91PPV[_a/!Bb\t:\x80a1\xEDV[\x90Pa/2`\x05\x83\x01\x82`\x01a4mV[P\x91\x90PV[\x80\x82`\x01\x01_\x82\x82Ta/K\x91\x90a>/V[\x90\x91UPPPPV[_`\x01`\x01``\x1B\x03\x82\x11\x15a*\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xF4V[\x81T`\x01`\xA8\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80\x15\x90a/\xAEWPa/\xAB\x82\x82a>/V[B\x10[\x15a/\xE0W\x80a/\xBE\x83\x82a>/V[`@Qco}\xB8\xF9`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x08\xF4V[a/\xE9Ba)\xEAV[\x83Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xA8\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\xA8\x1B\x19\x90\x91\x16\x17\x90\x92UPPV[\x81T`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a0/\x81\x83a>/V[\x83\x11\x15a0dWa0@\x81\x83a>/V[`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x01a\x08\xF4V[_\x82\x84\x10a0rW\x82a0tV[\x83[\x90P_a0\x81\x82\x86a>pV[\x90Pa0\x8D\x82\x85a>pV[\x86T`\x01`\x01`p\x1B\x03\x91\x90\x91\x16`\x01`p\x1B\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x90\x91\x16\x17\x86Ua0\xBD\x81\x84a>pV[\x86Tm\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`p\x1B\x03\x91\x82\x16\x17\x87U`\x02\x88\x01\x80T\x84\x92`\x0E\x91a0\xFC\x91\x85\x91`\x01`p\x1B\x90\x04\x16a?\"V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`p\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`p\x1B\x03\x16\x02\x17\x90UP\x80\x87`\x02\x01_\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`p\x1B\x03\x16a1E\x91\x90a?\"V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`p\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`p\x1B\x03\x16\x02\x17\x90UPPPPPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x0B\xB9\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01a&\xC1V[`\x02\x81\x01T_\x90a1\xC2j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a>\x1CV[\x91P\x81\x15a/2Wa1\xE2j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a?AV[`\x02\x84\x01UP\x91\x90PV[_a\x0C\x96\x82\x84a>\x1CV[_\x80\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0a\x08\x9DV[a-\xB7a8\x80V[\x80T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x15a2\x83W__a2K\x84\x84a2\xE9V[\x90\x92P\x90P_a2[\x82\x84a>/V[\x90P\x80\x15a2|W\x80\x84`\x02\x01_\x82\x82Ta2v\x91\x90a>/V[\x90\x91UPP[PPPPPV[\x80T\x82T`\x01\x83\x01T`\x01`\x01`p\x1B\x03\x90\x92\x16\x91\x82\x15\x80a2\xA4WP\x80\x82\x14[\x15a2\xB0WPPPPPV[a2\xBA\x81\x83a>pV[a2\xC4\x90\x84a>YV[\x84`\x02\x01_\x82\x82Ta2\xD6\x91\x90a>/V[\x90\x91UPPP`\x01\x90\x92\x01\x91\x90\x91UPPV[\x80T_\x90\x81\x90`\x01`\x01`p\x1B\x03\x80\x82\x16\x91`\x01`p\x1B\x90\x04\x16\x81\x15\x80\x15a3\x0FWP\x80\x15[\x15a3!W__\x93P\x93PPPa4\x08V[\x85T`\x01\x86\x01T`\x02\x88\x01T\x87Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x92\x83\x90\x04\x81\x16\x92\x90\x91\x04\x16\x81\x11\x15a3\xCCW\x87T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x03\x8A\x01` R`@\x90 Ta3t\x83\x82a>pV[a3~\x90\x87a>YV[\x97P\x91P\x81\x84\x15a3\xAFWa3\x93\x85\x87a>/V[\x89T`\x01`\x01`\xE0\x1B\x03\x19\x16`\x01`\x01`p\x1B\x03\x82\x16\x17\x8AU\x95P[P\x87T`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1Bc\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x88U[a3\xD6\x82\x84a>pV[a3\xE0\x90\x86a>YV[\x95P\x84\x15\x80\x15\x90a3\xF5WP\x82\x88`\x01\x01T\x14\x15[\x15a4\x02W`\x01\x88\x01\x83\x90U[PPPPP[\x92P\x92\x90PV[_a'\x10a4\x1D\x83\x85a>YV[a4'\x91\x90a>\x1CV[\x90P\x80\x15a4JW\x80\x84_\x01`\x02\x01_\x82\x82Ta4D\x91\x90a>/V[\x90\x91UPP[a4aa4W\x82\x85a>pV[`\x06\x86\x01\x90a/8V[a\x0En\x84`\x06\x01a8\xA5V[`\x02\x83\x01T_\x90`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x80\x84\x11a4\x91W_\x91PPa\x0C\x96V[a4\x9A\x85a8\xA5V[`\x02\x85\x01T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x83\x80a4\xBAWP\x80\x15\x15[\x15a4\xD2W\x85T_\x83\x81R`\x03\x88\x01` R`@\x90 U[\x80\x15a50W`\x02\x86\x01\x80T\x82\x91\x90_\x90a4\xF7\x90\x84\x90`\x01`\x01`p\x1B\x03\x16a?TV[\x82T`\x01`\x01`p\x1B\x03\x91\x82\x16a\x01\0\x93\x90\x93\n\x92\x83\x02\x91\x90\x92\x02\x19\x90\x91\x16\x17\x90UP`\x02\x86\x01\x80T`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x16\x90U[PPP`\x02\x83\x01\x80Tc\xFF\xFF\xFF\xFF\x84\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x90\x91\x16\x17\x90U`\x01\x93\x92PPPV[_\x82_\x03a5lWP\x82a\x0C\x96V[a'P\x84\x84\x84a6\xDEV[\x81T_\x90a5\x96\x90\x83\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16a>/V[\x83T\x90\x91P`\x01`\x01`p\x1B\x03\x90a5\xB0\x90\x82\x16\x83a>/V[\x11\x15a5\xDFW`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x01`\x01`p\x1B\x03`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x08\xF4V[\x82T`\x01`\x01`p\x1B\x03\x80\x83\x16`\x01`p\x1B\x90\x81\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x84\x16\x81\x17\x87U`\x02\x88\x01\x80Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x91\x82\x90\x04\x16\x02`\x01`\x01`\xE0\x1B\x03\x90\x92\x16\x94\x84\x16\x94\x90\x94\x17\x17\x86U\x82T\x85\x93\x92`\x0E\x92a6H\x92\x86\x92\x91\x90\x04\x16a?TV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`p\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`p\x1B\x03\x16\x02\x17\x90UPPPPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a6\x91W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a6\xA8W\x80`\x01\x14\x15a6\xB5V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\x0EnW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xF4V[___a6\xEB\x86\x86a9\x08V[\x91P\x91P\x81_\x03a7\x0FW\x83\x81\x81a7\x05Wa7\x05a=\xF4V[\x04\x92PPPa\x0C\x96V[\x81\x84\x11a7&Wa7&`\x03\x85\x15\x02`\x11\x18a9$V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[a7\x98\x82\x82a\x1B\xC6V[a\x15\x12W`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xF4V[_\x81_\x03a7\xD7WP_\x19a\x0C\x96V[a'P\x84\x84\x84`\x01a95V[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a*\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xF4V[__Q` a?\xBF_9_Q\x90_Ra\x12\x84V[a84\x82a9wV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F\xBC|\xD7Z \xEE'\xFD\x9A\xDE\xBA\xB3 A\xF7U!M\xBCk\xFF\xA9\x0C\xC0\"[9\xDA.\\-;\x90_\x90\xA2\x80Q\x15a8xWa\x0B\xB9\x82\x82a9\xDAV[a\x15\x12a:CV[a8\x88a:bV[a-\xB7W`@Qc\x1A\xFC\xD7\x9F`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x81\x01T`\x01\x82\x01T`\x01`\x01`p\x1B\x03\x90\x91\x16\x90\x81\x15\x80a8\xC6WP\x80\x15[\x15a8\xD0WPPPV[a8\xDA\x82\x82a>\x1CV[\x83_\x01_\x82\x82Ta8\xEB\x91\x90a>/V[\x90\x91UPa8\xFB\x90P\x82\x82a?AV[\x83`\x01\x01\x81\x90UPPPPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[_a9ba9B\x83a:{V[\x80\x15a9]WP_\x84\x80a9XWa9Xa=\xF4V[\x86\x88\t\x11[\x15\x15\x90V[a9m\x86\x86\x86a6\xDEV[a\x0E\xC0\x91\x90a>/V[\x80`\x01`\x01`\xA0\x1B\x03\x16;_\x03a9\xACW`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xF4V[_Q` a?\xBF_9_Q\x90_R\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[``__\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`@Qa9\xF6\x91\x90a?sV[_`@Q\x80\x83\x03\x81\x85Z\xF4\x91PP=\x80_\x81\x14a:.W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a:3V[``\x91P[P\x91P\x91Pa\x0E\xC0\x85\x83\x83a:\xA7V[4\x15a-\xB7W`@Qc\xB3\x98\x97\x9F`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a:ka1\xF8V[T`\x01`@\x1B\x90\x04`\xFF\x16\x91\x90PV[_`\x02\x82`\x03\x81\x11\x15a:\x90Wa:\x90a?\x89V[a:\x9A\x91\x90a?\x9DV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[``\x82a:\xBCWa:\xB7\x82a;\x03V[a\x0C\x96V[\x81Q\x15\x80\x15a:\xD3WP`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a:\xFCW`@Qc\x99\x96\xB3\x15`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xF4V[P\x80a\x0C\x96V[\x80Q\x15a;\x12W\x80Q` \x82\x01\xFD[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_` \x82\x84\x03\x12\x15a;;W__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x0C\x96W__\xFD[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a(\xD4W__\xFD[__`@\x83\x85\x03\x12\x15a;wW__\xFD[\x825a;\x82\x81a;RV[\x94` \x93\x90\x93\x015\x93PPPV[__`@\x83\x85\x03\x12\x15a;\xA1W__\xFD[\x825a;\xAC\x81a;RV[\x91P` \x83\x015a;\xBC\x81a;RV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a;\xD7W__\xFD[P5\x91\x90PV[_` \x82\x84\x03\x12\x15a;\xEEW__\xFD[\x815a\x0C\x96\x81a;RV[__`@\x83\x85\x03\x12\x15a<\nW__\xFD[\x825\x91P` \x83\x015a;\xBC\x81a;RV[___``\x84\x86\x03\x12\x15a<.W__\xFD[\x835a<9\x81a;RV[\x95` \x85\x015\x95P`@\x90\x94\x015\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[__`@\x83\x85\x03\x12\x15a<sW__\xFD[\x825a<~\x81a;RV[\x91P` \x83\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a<\x99W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a<\xA9W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a<\xC3Wa<\xC3a<NV[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a<\xF2Wa<\xF2a<NV[`@R\x81\x81R\x82\x82\x01` \x01\x87\x10\x15a=\tW__\xFD[\x81` \x84\x01` \x83\x017_` \x83\x83\x01\x01R\x80\x93PPPP\x92P\x92\x90PV[___``\x84\x86\x03\x12\x15a=:W__\xFD[\x835a=E\x81a;RV[\x92P` \x84\x015a=U\x81a;RV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[____`\x80\x85\x87\x03\x12\x15a=\xAEW__\xFD[\x845a=\xB9\x81a;RV[\x93P` \x85\x015a=\xC9\x81a;RV[\x92P`@\x85\x015a=\xD9\x81a;RV[\x91P``\x85\x015a=\xE9\x81a;RV[\x93\x96\x92\x95P\x90\x93PPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[_\x82a>*Wa>*a=\xF4V[P\x04\x90V[\x80\x82\x01\x80\x82\x11\x15a\x08\x9DWa\x08\x9Da>\x08V[_` \x82\x84\x03\x12\x15a>RW__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08\x9DWa\x08\x9Da>\x08V[\x81\x81\x03\x81\x81\x11\x15a\x08\x9DWa\x08\x9Da>\x08V[`\x01`\x01``\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x9DWa\x08\x9Da>\x08V[_` \x82\x84\x03\x12\x15a>\xB2W__\xFD[\x81Qa\x0C\x96\x81a;RV[_` \x82\x84\x03\x12\x15a>\xCDW__\xFD[\x81Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0C\x96W__\xFD[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a>\xFBWa>\xFBa>\x08V[`\x01\x01\x92\x91PPV[_c\xFF\xFF\xFF\xFF\x82\x16\x80a?\x19Wa?\x19a>\x08V[_\x19\x01\x92\x91PPV[`\x01`\x01`p\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x08\x9DWa\x08\x9Da>\x08V[_\x82a?OWa?Oa=\xF4V[P\x06\x90V[`\x01`\x01`p\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x9DWa\x08\x9Da>\x08V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_`\xFF\x83\x16\x80a?\xAFWa?\xAFa=\xF4V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV\xFE6\x08\x94\xA1;\xA1\xA3!\x06g\xC8(I-\xB9\x8D\xCA> v\xCC75\xA9 \xA3\xCAP]8+\xBC\x02\xDD{\xC7\xDE\xC4\xDC\xEE\xDD\xA7u\xE5\x8D\xD5A\xE0\x8A\x11llS\x81\\\x0B\xD0(\x19/{bh\0\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x60806040526004361061026a575f3560e01c806352d1902d1161014a578063845dae24116100be578063ad3cb1cc11610078578063ad3cb1cc1461079f578063aeffaa47146107dc578063b369af71146107fb578063d547741f1461081a578063d7afee4714610839578063f8c8765e1461084e575f5ffd5b8063845dae24146106fc5780638fb2e2c21461071b57806391d148541461073a578063929ac35f1461075957806396bb1fef1461076d578063a217fddf1461078c575f5ffd5b806363264baa1161010f57806363264baa1461065857806364818bd11461067757806365da12641461068b5780636bd8f804146106aa5780637c8c3394146106c957806380af6ff6146106dd575f5ffd5b806352d1902d146105e7578063543be731146105fb5780635db82fa01461061a5780635dbdda691461062e57806361d027b314610644575f5ffd5b80633281a78e116101e15780633e413bee116101a65780633e413bee1461052d5780633e91adca1461055957806341a2b8d61461056d57806347590a0f1461058c5780634d99dd16146105b55780634f1ef286146105d4575f5ffd5b80633281a78e146104a8578063355e6b43146104c757806336568abe146104e657806339955cf4146105055780633e17b60014610519575f5ffd5b80631129ee37116102325780631129ee3714610383578063156522a8146103a25780631b9103771461042d578063248a9ca314610442578063262ddec3146104615780632f2ff15d14610489575f5ffd5b806301ffc9a71461026e578063026e402b146102a2578063046d3307146102cf57806308ac776b146103435780630995ad4c14610364575b5f5ffd5b348015610279575f5ffd5b5061028d610288366004613b2b565b61086d565b60405190151581526020015b60405180910390f35b3480156102ad575f5ffd5b506102c16102bc366004613b66565b6108a3565b604051908152602001610299565b3480156102da575f5ffd5b506102ee6102e9366004613b90565b610998565b60405161029991905f60e082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b34801561034e575f5ffd5b5061036261035d366004613b66565b610b6c565b005b34801561036f575f5ffd5b5061036261037e366004613bc7565b610bbe565b34801561038e575f5ffd5b506102c161039d366004613bde565b610c4a565b3480156103ad575f5ffd5b506103c16103bc366004613bde565b610c9d565b60405161029991905f61012082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e083015261010083015161010083015292915050565b348015610438575f5ffd5b506102c161138881565b34801561044d575f5ffd5b506102c161045c366004613bc7565b610e32565b34801561046c575f5ffd5b506104766107d081565b60405161ffff9091168152602001610299565b348015610494575f5ffd5b506103626104a3366004613bf9565b610e52565b3480156104b3575f5ffd5b5061028d6104c2366004613c1c565b610e74565b3480156104d2575f5ffd5b506103626104e1366004613bc7565b610ec9565b3480156104f1575f5ffd5b50610362610500366004613bf9565b6111e8565b348015610510575f5ffd5b506102c161121b565b348015610524575f5ffd5b506102c1611246565b348015610538575f5ffd5b50610541611260565b6040516001600160a01b039091168152602001610299565b348015610564575f5ffd5b5061054161127b565b348015610578575f5ffd5b506102c1610587366004613bde565b611293565b348015610597575f5ffd5b506105a06112e1565b60408051928352602083019190915201610299565b3480156105c0575f5ffd5b506102c16105cf366004613b66565b611317565b6103626105e2366004613c62565b6114f7565b3480156105f2575f5ffd5b506102c1611516565b348015610606575f5ffd5b506102c1610615366004613b90565b611531565b348015610625575f5ffd5b506105416115ab565b348015610639575f5ffd5b506102c162093a8081565b34801561064f575f5ffd5b506105416115c6565b348015610663575f5ffd5b50610362610672366004613bc7565b6115e1565b348015610682575f5ffd5b506102c16116dd565b348015610696575f5ffd5b506102c16106a5366004613bde565b6116f7565b3480156106b5575f5ffd5b506102c16106c4366004613d28565b611726565b3480156106d4575f5ffd5b506102c1606481565b3480156106e8575f5ffd5b506102c16106f7366004613c1c565b611990565b348015610707575f5ffd5b50610362610716366004613bc7565b611b2a565b348015610726575f5ffd5b50610362610735366004613bde565b611bb5565b348015610745575f5ffd5b5061028d610754366004613bf9565b611bc6565b348015610764575f5ffd5b50610541611bfc565b348015610778575f5ffd5b506102c1610787366004613bde565b611c17565b348015610797575f5ffd5b506102c15f81565b3480156107aa575f5ffd5b506107cf604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102999190613d66565b3480156107e7575f5ffd5b506102c16107f6366004613bde565b611d3d565b348015610806575f5ffd5b506102c1610815366004613bc7565b611f27565b348015610825575f5ffd5b50610362610834366004613bf9565b611f35565b348015610844575f5ffd5b506104766103e881565b348015610859575f5ffd5b50610362610868366004613d9b565b611f51565b5f6001600160e01b03198216637965db0b60e01b148061089d57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f815f036108c457604051631f2a200560e01b815260040160405180910390fd5b336001600160a01b038416036108fd5760405163d556be9360e01b81526001600160a01b03841660048201526024015b60405180910390fd5b5f61090661224e565b90505f6109138286612272565b905061092082828761248e565b61092d828287338861255f565b60408051868152602081018390529194506001600160a01b0387169133917f24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e04910160405180910390a36002820154610990906001600160a01b031633308761268c565b505092915050565b6109d16040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f6109da61224e565b6001600160a01b038085165f8181526009840160209081526040808320948a16808452600a870183528184208585528352818420908452600b808801845282852095855294835292819020815160808101835290546001600160801b038116825264ffffffffff600160801b8204811694830194909452600160a81b81049093169181019190915263ffffffff600160d01b909204821660608201819052938501549596509394919392600160e01b9092041614610a96575f81525b5f610aa0836126f3565b90506040518060e00160405280828152602001610ad183610ac088612713565b610acc896003016126f3565b612736565b815283516001600160801b0390811660208301528451600b880154604090930192610b119291821691600160601b820416906001600160601b0316612736565b8152602001836020015164ffffffffff168152602001836040015164ffffffffff1681526020016a0c097ce7bc90715b34b9f160241b610b548760060187612758565b610b5e9190613e1c565b905298975050505050505050565b5f610b7561224e565b80549091506001600160a01b03163314610ba4576040516328b21fed60e01b81523360048201526024016108f4565b610bb981610bb28386612272565b858561282c565b505050565b5f610bc8816128ca565b610bd68260646127106128d7565b5f610bdf61224e565b805460408051600160b01b90920461ffff168252602082018690529192507f2349fea6da333fc947eb02459a897d904548a597fd037cf78a43190233f77ef2910160405180910390a1805461ffff909316600160b01b0261ffff60b01b199093169290921790915550565b5f5f610c5461224e565b6001600160a01b0384165f90815260099190910160205260409020600b8101549091506001600160601b0316610c8c600383016126f3565b610c969190613e2f565b9392505050565b610ce36040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610cec61224e565b6001600160a01b0384165f908152600982016020908152604091829020825160a081018452600a82015461ffff8082168352620100008204811694830194909452640100000000810464ffffffffff1682860152600160481b810463ffffffff166060830152600160681b900460ff161515608082015284548451610120810190955294955090939092600160a01b9091049091169080610d8c856126f3565b8152602001610d9d856003016126f3565b8152602001610dab85612713565b8152600b8501546001600160601b0381166020830152600160601b90046001600160801b0316604082015260608481015163ffffffff1690820152835160809091019061ffff168311610dfe5782610e05565b835161ffff165b8152602001836020015161ffff168152602001836040015164ffffffffff16815250945050505050919050565b5f9081525f516020613fdf5f395f51905f52602052604090206001015490565b610e5b82610e32565b610e64816128ca565b610e6e8383612913565b50505050565b5f5f610e7e61224e565b6001600160a01b0386165f9081526009820160205260409020909150610ec0908590610eac906003016126f3565b83548690600160b01b900461ffff166129b4565b95945050505050565b5f610ed261224e565b8054909150600160a01b900461ffff1680831115610f0d57604051632cdfe21960e01b815260048101849052602481018290526044016108f4565b5f610f188333612272565b6040805160a081018252600a83015461ffff8082168084526201000083049091166020840152640100000000820464ffffffffff1693830193909352600160481b810463ffffffff166060830152600160681b900460ff161515608082015291925085818111611074575f6040808501829052602085019190915261ffff8216808552600a86018054606087015160808801511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffffffffffffffffffffff1990931690941791909117169190911790555133907fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e9061102c9085908b9042909283526020830191909152604082015260600190565b60405180910390a2604080518381526020810189905233917f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5910160405180910390a26111df565b855460408051636cf6d67560e01b815290515f926001600160a01b031691636cf6d6759160048083019260209291908290030181865afa1580156110ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110de9190613e42565b6110e89042613e2f565b61ffff8316602086015290506110fd816129ea565b64ffffffffff1660408581018290528551600a880180546020808a01516060808c015160808d01511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffff00000000000000000019640100000000909b029a909a166cffffffffffffffffff000000001961ffff958616620100000263ffffffff199098169590991694909417959095179690961691909117969096179390931617905581518681529081018b905290810183905233917fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e910160405180910390a2505b50505050505050565b6001600160a01b03811633146112115760405163334bd91960e11b815260040160405180910390fd5b610bb98282612a1f565b5f6a0c097ce7bc90715b34b9f160241b61123361224e565b600601546112419190613e1c565b905090565b5f61124f61224e565b54600160a01b900461ffff16919050565b5f61126961224e565b600301546001600160a01b0316919050565b5f61128461224e565b546001600160a01b0316919050565b5f5f61129d61224e565b6001600160a01b0384165f90815260098201602052604090209091506a0c097ce7bc90715b34b9f160241b906112d7906005840190612758565b610c969190613e1c565b5f5f5f6112ec61224e565b60048101546003909101546001600160601b03600160a01b9283900481169692909104169350915050565b5f815f0361133857604051631f2a200560e01b815260040160405180910390fd5b5f61134161224e565b90505f61134e8286612272565b905061135d8282873388612a98565b335f908152600b8401602090815260408083206001600160a01b038a168452909152812091945061138f838388612b9c565b90505f845f015f9054906101000a90046001600160a01b03166001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa1580156113e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114079190613e42565b6114119042613e2f565b905061141c816129ea565b835464ffffffffff91909116600160801b0264ffffffffff60801b199091161783556040805188815260208101889052908101839052606081018290526001600160a01b0389169033907f011e2a8a48c6176856fb5437f7dfb90f4f7306e41cda414c3716217bd24c91db9060800160405180910390a38454604051632f0d00dd60e21b81526001600160a01b038a811660048301529091169063bc340374906024015f604051808303815f87803b1580156114d6575f5ffd5b505af11580156114e8573d5f5f3e3d5ffd5b50505050505050505092915050565b6114ff612d29565b61150882612db9565b6115128282612dc3565b5050565b5f61151f612e7f565b505f516020613fbf5f395f51905f5290565b5f5f5f61154661153f61224e565b8686612ec8565b915091506a0c097ce7bc90715b34b9f160241b82600201546115689190613e1c565b9250846001600160a01b0316846001600160a01b0316036109905760028101546115a1906a0c097ce7bc90715b34b9f160241b90613e1c565b610ec09084613e2f565b5f6115b461224e565b600401546001600160a01b0316919050565b5f6115cf61224e565b600101546001600160a01b0316919050565b5f6115ea61224e565b60018101549091506001600160a01b0316331461161c57604051632756308960e11b81523360048201526024016108f4565b5f61162682612f13565b905061164d6116436a0c097ce7bc90715b34b9f160241b85613e59565b6005840190612f38565b600482015461167690611671908590600160a01b90046001600160601b0316613e2f565b612f54565b8260040160146101000a8154816001600160601b0302191690836001600160601b03160217905550807f67cad59e5958c068210b57b4b01f1660b6245332de94b4ef491e7bd740485955846040516116d091815260200190565b60405180910390a2505050565b5f6116e661224e565b54600160b01b900461ffff16919050565b5f61089d61170361224e565b6001600160a01b0384165f908152600991909101602052604090206003016126f3565b5f815f0361174757604051631f2a200560e01b815260040160405180910390fd5b826001600160a01b0316846001600160a01b03160361178457604051634570aef960e11b81526001600160a01b03851660048201526024016108f4565b336001600160a01b038416036117b85760405163d556be9360e01b81526001600160a01b03841660048201526024016108f4565b5f6117c161224e565b90505f815f015f9054906101000a90046001600160a01b03166001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015611815573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118399190613e42565b335f908152600b8401602090815260408083206001600160a01b038b168452909152902090915061186a9082612f87565b335f908152600b8301602090815260408083206001600160a01b038916845290915290206118989082612f87565b5f6118af836118a7858a612272565b893389612a98565b90505f6118bc8488612272565b90506118c984828961248e565b6118d6848289338a61255f565b60408051888152602081018590529081018290529095506001600160a01b0380891691908a169033907ffdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b49060600160405180910390a48354604051632f0d00dd60e21b81526001600160a01b038a811660048301529091169063bc340374906024015f604051808303815f87803b15801561196f575f5ffd5b505af1158015611981573d5f5f3e3d5ffd5b50505050505050509392505050565b5f82158061199f575061271083115b156119c05760405163227bd05760e11b8152600481018490526024016108f4565b5f6119c961224e565b80549091506001600160a01b031633146119f8576040516328b21fed60e01b81523360048201526024016108f4565b5f611a038287612272565b9050611a118282888761282c565b5f611a1e826003016126f3565b90505f612710611a2e8884613e59565b611a389190613e1c565b90508015611a5157611a51600585016003850183613010565b600b8301546001600160601b03165f612710611a6d8a84613e59565b611a779190613e1c565b9050611a838183613e70565b600b860180546001600160601b0319166001600160601b0392909216919091179055611aaf8184613e2f565b604080518b8152602081018690529081018390529097506001600160a01b038b16907f9966fe2387915775b6595a7ed090b53809e9949aa30db32f6496476436ce87ab9060600160405180910390a28615611b1d576002860154611b1d906001600160a01b03163389613172565b5050505050509392505050565b5f611b34816128ca565b611b41825f6113886128d7565b5f611b4a61224e565b805460408051600160a01b90920461ffff168252602082018690529192507f7c33200d56c4374852239f90138dd63bb8ff75fb4e790dd61c94faacbd57d1d2910160405180910390a1805461ffff909316600160a01b0261ffff60a01b199093169290921790915550565b611512611bc061224e565b82612272565b5f9182525f516020613fdf5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611c0561224e565b600201546001600160a01b0316919050565b5f5f611c2161224e565b90505f5f611c30838633612ec8565b91509150611c3d826131a3565b93506001600160a01b0385163303611c6557611c58816131a3565b611c629085613e2f565b93505b835f03611c85576040516312d37ee560e31b815260040160405180910390fd5b838360030160148282829054906101000a90046001600160601b0316611cab9190613e83565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550846001600160a01b0316336001600160a01b03167fd522216d6806ed90440f20c2eb6bc70deaf0891daa7495185b7a1554dbccb8f986604051611d1491815260200190565b60405180910390a36003830154611d35906001600160a01b03163386613172565b505050919050565b5f5f611d4761224e565b335f908152600b8201602090815260408083206001600160a01b038816845290915281208054929350916001600160801b031690819003611d9b5760405163098ae75d60e21b815260040160405180910390fd5b8154600160801b900464ffffffffff16421015611ddd57815460405163dd9c894360e01b8152600160801b90910464ffffffffff1660048201526024016108f4565b6001600160a01b0385165f908152600984016020526040902082546001600160801b031916808455600b82015463ffffffff600160e01b9091048116600160d01b9092041603611eb957600b8101546001600160801b03600160601b820416906001600160601b0316611e51848383612736565b9650611e5d8483613e70565b600b840180546001600160801b0392909216600160601b02600160601b600160e01b0319909216919091179055611e948782613e70565b600b840180546001600160601b0319166001600160601b039290921691909117905550505b60408051868152602081018490526001600160a01b0388169133917f7d42dab474bcfdb4a6f746b2536f45af4c2c02edf62bad49c538b4a2a766cb94910160405180910390a38415611f1e576002840154611f1e906001600160a01b03163387613172565b50505050919050565b5f61089d8262093a806131ed565b611f3e82610e32565b611f47816128ca565b610e6e8383612a1f565b5f611f5a6131f8565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015611f815750825b90505f8267ffffffffffffffff166001148015611f9d5750303b155b905081158015611fab575080155b15611fc95760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611ff357845460ff60401b1916600160401b1785555b6001600160a01b038916158061201057506001600160a01b038816155b8061202257506001600160a01b038716155b8061203457506001600160a01b038616155b156120525760405163d92e233d60e01b815260040160405180910390fd5b61205a613220565b6120645f8a612913565b505f61206e61224e565b80546001600160a01b0319166001600160a01b038b169081178255604080516302edc17d60e51b815290519293509091635db82fa0916004808201926020929091908290030181865afa1580156120c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120eb9190613ea2565b816004015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550876001600160a01b0316633e413bee6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561214e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121729190613ea2565b6003820180546001600160a01b03199081166001600160a01b039384161790915560018301805482168b8416179055600283018054909116918916919091179055805463ffffffff60a01b1916623e807d60a41b1781556121d64262093a806131ed565b6007909101805463ffffffff92909216600160e01b026001600160e01b03909216919091179055831561224357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050565b7f2dbbb2714d3cf64f0730e456b2aecd84fe813188e5d943bcfa2650a3f34be30090565b5f5f61227d84612f13565b6001600160a01b0384165f908152600986016020908152604091829020825160a081018452600a82015461ffff80821683526201000082041693820193909352640100000000830464ffffffffff1693810193909352600160481b820463ffffffff9081166060850152600160681b90920460ff161515608084015260088101549095509293509091600160e01b90041682146123a0576123216005860184613228565b5f8061233360058801600387016132e9565b90925090505f8282171561236b578754845161ffff600160a01b9092048216911681116123605780612367565b845161ffff165b9150505b821561237c5761237c86848361340f565b61238a60068701865f61346d565b50811561239c5761239c86838361340f565b5050505b604081015164ffffffffff16158015906123c55750806040015164ffffffffff164210155b1561099057805160208201516040516001600160a01b038716927f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a59261241a9261ffff92831681529116602082015260400190565b60405180910390a26020810180515f6040840181905290915261ffff16808252600a84018054606084015160808501511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffffffffffffffffffffff199093169094179190911716919091179055505092915050565b600a820154600160681b900460ff16156124a757505050565b60048381015460405163380940fb60e01b81526001600160a01b038481169382019390935291169063380940fb90602401602060405180830381865afa1580156124f3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125179190613ebd565b63ffffffff165f0361254757604051639c9009ff60e01b81526001600160a01b03821660048201526024016108f4565b50600a01805460ff60681b1916600160681b17905550565b5f5f61256d866003016126f3565b90505f61257987612713565b90508015801590612588575081155b156125b1576040516359bb816b60e11b81526001600160a01b03871660048201526024016108f4565b6125bc84828461355d565b9250825f036125e157604051636e3699b760e11b8152600481018590526024016108f4565b6001600160a01b038086165f908152600a8a0160209081526040808320938a168352929052206126146006890182613228565b61261d816126f3565b5f0361266157600a8801805460099061264290600160481b900463ffffffff16613ee0565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b61266f600689018286613577565b61268060058a0160038a0187613577565b50505095945050505050565b6040516001600160a01b038481166024830152838116604483015260648201839052610e6e9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613672565b80545f9061089d906001600160701b03600160701b820481169116613e2f565b60088101545f9061089d906001600160701b03600160701b820481169116613e2f565b5f825f0361274557505f610c96565b6127508483856136de565b949350505050565b805460018201546002808401549085015490926001600160701b038116929163ffffffff600160e01b918290048116919092049091161080156127ab57508354600160701b90046001600160701b031615155b15612815578354600160e01b900463ffffffff165f9081526003860160205260409020546127d98282613e70565b6127e39084613e59565b6127ed9085613e2f565b8554909450909150819061281190600160701b90046001600160701b031684613e2f565b9250505b8454612822908290613e70565b6115a19083613e59565b5f612836846126f3565b90508082111561285e576128598461284e8385613e70565b600588019190613577565b61287f565b8082101561287f5761287f846128748484613e70565b600588019190613010565b60408051828152602081018490526001600160a01b038516917fd56c9a3c54988fcfab7c428b06c2019f7d3539a3c6a95ba7a0f6011aa7f2be27910160405180910390a25050505050565b6128d4813361378e565b50565b818310806128e457508083115b15610bb957604051630942247160e31b81526004810184905260248101839052604481018290526064016108f4565b5f5f516020613fdf5f395f51905f5261292c8484611bc6565b6129ab575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556129613390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061089d565b5f91505061089d565b5f6129bf8284613e59565b6129cb61271087613e59565b10158015610ec05750826129df8587613e2f565b101595945050505050565b5f64ffffffffff821115612a1b576040516306dfcc6560e41b815260286004820152602481018390526044016108f4565b5090565b5f5f516020613fdf5f395f51905f52612a388484611bc6565b156129ab575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061089d565b6001600160a01b038083165f908152600a8701602090815260408083209387168352929052908120612acd6006870182613228565b5f612ad7826126f3565b9050612af784612ae689612713565b612af28a6003016126f3565b6137c7565b925080831180612b05575082155b15612b2d5760405163658ec5dd60e11b815260048101829052602481018490526044016108f4565b612b3b600688018385613010565b808303612b8057600a87018054600990612b6190600160481b900463ffffffff16613f04565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b612b91600589016003890186613010565b505095945050505050565b600b8301545f90600160601b81046001600160801b0316906001600160601b03811690600160e01b900463ffffffff1681158015612bd957508215155b15612c0c575f9250612bea81613ee0565b600b880180546001600160e01b0316600160e01b63ffffffff84160217905590505b855463ffffffff828116600160d01b9092041614612c595785547fffff00000000ffffffffffffffffffff0000000000000000000000000000000016600160d01b63ffffffff8316021786555b612c6485848461355d565b9350835f03612c8957604051636e3699b760e11b8152600481018690526024016108f4565b612c966116718684613e2f565b600b880180546001600160601b0319166001600160601b0392909216919091179055612cca612cc58585613e2f565b6137e4565b600b88018054600160601b600160e01b031916600160601b6001600160801b03938416021790558654612d0391612cc591879116613e2f565b86546001600160801b0319166001600160801b0391909116179095555090949350505050565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480612d9957507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612d8d613817565b6001600160a01b031614155b15612db75760405163703e46dd60e11b815260040160405180910390fd5b565b5f611512816128ca565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612e1d575060408051601f3d908101601f19168201909252612e1a91810190613e42565b60015b612e4557604051634c9c8ce360e01b81526001600160a01b03831660048201526024016108f4565b5f516020613fbf5f395f51905f528114612e7557604051632a87526960e21b8152600481018290526024016108f4565b610bb9838361382b565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612db75760405163703e46dd60e11b815260040160405180910390fd5b5f5f612ed48585612272565b6001600160a01b038085165f908152600a88016020908152604080832093891683529290522092509050612f0b6006820183613228565b935093915050565b5f612f214262093a806131ed565b9050612f326005830182600161346d565b50919050565b80826001015f828254612f4b9190613e2f565b90915550505050565b5f6001600160601b03821115612a1b576040516306dfcc6560e41b815260606004820152602481018390526044016108f4565b8154600160a81b900464ffffffffff168015801590612fae5750612fab8282613e2f565b42105b15612fe05780612fbe8382613e2f565b604051636f7db8f960e11b8152600481019290925260248201526044016108f4565b612fe9426129ea565b835464ffffffffff91909116600160a81b0264ffffffffff60a81b19909116179092555050565b81546001600160701b03600160701b82048116911661302f8183613e2f565b831115613064576130408183613e2f565b60405163f47111b360e01b81526004810191909152602481018490526044016108f4565b5f8284106130725782613074565b835b90505f6130818286613e70565b905061308d8285613e70565b86546001600160701b0391909116600160701b02600160701b600160e01b03199091161786556130bd8184613e70565b86546dffffffffffffffffffffffffffff19166001600160701b039182161787556002880180548492600e916130fc918591600160701b900416613f22565b92506101000a8154816001600160701b0302191690836001600160701b0316021790555080876002015f8282829054906101000a90046001600160701b03166131459190613f22565b92506101000a8154816001600160701b0302191690836001600160701b0316021790555050505050505050565b6040516001600160a01b03838116602483015260448201839052610bb991859182169063a9059cbb906064016126c1565b60028101545f906131c26a0c097ce7bc90715b34b9f160241b82613e1c565b91508115612f32576131e26a0c097ce7bc90715b34b9f160241b82613f41565b600284015550919050565b5f610c968284613e1c565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061089d565b612db7613880565b8054600160701b90046001600160701b031615613283575f5f61324b84846132e9565b90925090505f61325b8284613e2f565b9050801561327c5780846002015f8282546132769190613e2f565b90915550505b5050505050565b8054825460018301546001600160701b03909216918215806132a457508082145b156132b0575050505050565b6132ba8183613e70565b6132c49084613e59565b846002015f8282546132d69190613e2f565b9091555050506001909201919091555050565b80545f9081906001600160701b0380821691600160701b9004168115801561330f575080155b15613321575f5f935093505050613408565b855460018601546002880154875463ffffffff600160e01b92839004811692909104168111156133cc578754600160e01b900463ffffffff165f90815260038a0160205260409020546133748382613e70565b61337e9087613e59565b975091508184156133af576133938587613e2f565b89546001600160e01b0319166001600160701b038216178a5595505b5087546001600160e01b0316600160e01b63ffffffff8316021788555b6133d68284613e70565b6133e09086613e59565b955084158015906133f5575082886001015414155b1561340257600188018390555b50505050505b9250929050565b5f61271061341d8385613e59565b6134279190613e1c565b9050801561344a5780845f016002015f8282546134449190613e2f565b90915550505b6134616134578285613e70565b6006860190612f38565b610e6e846006016138a5565b60028301545f90600160e01b900463ffffffff16808411613491575f915050610c96565b61349a856138a5565b6002850154600160701b90046001600160701b031683806134ba57508015155b156134d25785545f8381526003880160205260409020555b8015613530576002860180548291905f906134f79084906001600160701b0316613f54565b82546001600160701b039182166101009390930a928302919092021990911617905550600286018054600160701b600160e01b03191690555b50505060028301805463ffffffff8416600160e01b026001600160e01b0390911617905560019392505050565b5f825f0361356c575082610c96565b6127508484846136de565b81545f90613596908390600160701b90046001600160701b0316613e2f565b83549091506001600160701b03906135b090821683613e2f565b11156135df5760405163f47111b360e01b81526001600160701b036004820152602481018290526044016108f4565b82546001600160701b03808316600160701b908102600160701b600160e01b031984168117875560028801805463ffffffff600160e01b9182900416026001600160e01b03909216948416949094171786558254859392600e9261364892869291900416613f54565b92506101000a8154816001600160701b0302191690836001600160701b0316021790555050505050565b5f5f60205f8451602086015f885af180613691576040513d5f823e3d81fd5b50505f513d915081156136a85780600114156136b5565b6001600160a01b0384163b155b15610e6e57604051635274afe760e01b81526001600160a01b03851660048201526024016108f4565b5f5f5f6136eb8686613908565b91509150815f0361370f5783818161370557613705613df4565b0492505050610c96565b818411613726576137266003851502601118613924565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6137988282611bc6565b6115125760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108f4565b5f815f036137d757505f19610c96565b6127508484846001613935565b5f6001600160801b03821115612a1b576040516306dfcc6560e41b815260806004820152602481018390526044016108f4565b5f5f516020613fbf5f395f51905f52611284565b61383482613977565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561387857610bb982826139da565b611512613a43565b613888613a62565b612db757604051631afcd79f60e31b815260040160405180910390fd5b600281015460018201546001600160701b03909116908115806138c6575080155b156138d057505050565b6138da8282613e1c565b835f015f8282546138eb9190613e2f565b909155506138fb90508282613f41565b8360010181905550505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f61396261394283613a7b565b801561395d57505f848061395857613958613df4565b868809115b151590565b61396d8686866136de565b610ec09190613e2f565b806001600160a01b03163b5f036139ac57604051634c9c8ce360e01b81526001600160a01b03821660048201526024016108f4565b5f516020613fbf5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516139f69190613f73565b5f60405180830381855af49150503d805f8114613a2e576040519150601f19603f3d011682016040523d82523d5f602084013e613a33565b606091505b5091509150610ec0858383613aa7565b3415612db75760405163b398979f60e01b815260040160405180910390fd5b5f613a6b6131f8565b54600160401b900460ff16919050565b5f6002826003811115613a9057613a90613f89565b613a9a9190613f9d565b60ff166001149050919050565b606082613abc57613ab782613b03565b610c96565b8151158015613ad357506001600160a01b0384163b155b15613afc57604051639996b31560e01b81526001600160a01b03851660048201526024016108f4565b5080610c96565b805115613b1257805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215613b3b575f5ffd5b81356001600160e01b031981168114610c96575f5ffd5b6001600160a01b03811681146128d4575f5ffd5b5f5f60408385031215613b77575f5ffd5b8235613b8281613b52565b946020939093013593505050565b5f5f60408385031215613ba1575f5ffd5b8235613bac81613b52565b91506020830135613bbc81613b52565b809150509250929050565b5f60208284031215613bd7575f5ffd5b5035919050565b5f60208284031215613bee575f5ffd5b8135610c9681613b52565b5f5f60408385031215613c0a575f5ffd5b823591506020830135613bbc81613b52565b5f5f5f60608486031215613c2e575f5ffd5b8335613c3981613b52565b95602085013595506040909401359392505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215613c73575f5ffd5b8235613c7e81613b52565b9150602083013567ffffffffffffffff811115613c99575f5ffd5b8301601f81018513613ca9575f5ffd5b803567ffffffffffffffff811115613cc357613cc3613c4e565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715613cf257613cf2613c4e565b604052818152828201602001871015613d09575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f5f60608486031215613d3a575f5ffd5b8335613d4581613b52565b92506020840135613d5581613b52565b929592945050506040919091013590565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f60808587031215613dae575f5ffd5b8435613db981613b52565b93506020850135613dc981613b52565b92506040850135613dd981613b52565b91506060850135613de981613b52565b939692955090935050565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f82613e2a57613e2a613df4565b500490565b8082018082111561089d5761089d613e08565b5f60208284031215613e52575f5ffd5b5051919050565b808202811582820484141761089d5761089d613e08565b8181038181111561089d5761089d613e08565b6001600160601b03818116838216019081111561089d5761089d613e08565b5f60208284031215613eb2575f5ffd5b8151610c9681613b52565b5f60208284031215613ecd575f5ffd5b815163ffffffff81168114610c96575f5ffd5b5f63ffffffff821663ffffffff8103613efb57613efb613e08565b60010192915050565b5f63ffffffff821680613f1957613f19613e08565b5f190192915050565b6001600160701b03828116828216039081111561089d5761089d613e08565b5f82613f4f57613f4f613df4565b500690565b6001600160701b03818116838216019081111561089d5761089d613e08565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680613faf57613faf613df4565b8060ff8416069150509291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x02jW_5`\xE0\x1C\x80cR\xD1\x90-\x11a\x01JW\x80c\x84]\xAE$\x11a\0\xBEW\x80c\xAD<\xB1\xCC\x11a\0xW\x80c\xAD<\xB1\xCC\x14a\x07\x9FW\x80c\xAE\xFF\xAAG\x14a\x07\xDCW\x80c\xB3i\xAFq\x14a\x07\xFBW\x80c\xD5Gt\x1F\x14a\x08\x1AW\x80c\xD7\xAF\xEEG\x14a\x089W\x80c\xF8\xC8v^\x14a\x08NW__\xFD[\x80c\x84]\xAE$\x14a\x06\xFCW\x80c\x8F\xB2\xE2\xC2\x14a\x07\x1BW\x80c\x91\xD1HT\x14a\x07:W\x80c\x92\x9A\xC3_\x14a\x07YW\x80c\x96\xBB\x1F\xEF\x14a\x07mW\x80c\xA2\x17\xFD\xDF\x14a\x07\x8CW__\xFD[\x80cc&K\xAA\x11a\x01\x0FW\x80cc&K\xAA\x14a\x06XW\x80cd\x81\x8B\xD1\x14a\x06wW\x80ce\xDA\x12d\x14a\x06\x8BW\x80ck\xD8\xF8\x04\x14a\x06\xAAW\x80c|\x8C3\x94\x14a\x06\xC9W\x80c\x80\xAFo\xF6\x14a\x06\xDDW__\xFD[\x80cR\xD1\x90-\x14a\x05\xE7W\x80cT;\xE71\x14a\x05\xFBW\x80c]\xB8/\xA0\x14a\x06\x1AW\x80c]\xBD\xDAi\x14a\x06.W\x80ca\xD0'\xB3\x14a\x06DW__\xFD[\x80c2\x81\xA7\x8E\x11a\x01\xE1W\x80c>A;\xEE\x11a\x01\xA6W\x80c>A;\xEE\x14a\x05-W\x80c>\x91\xAD\xCA\x14a\x05YW\x80cA\xA2\xB8\xD6\x14a\x05mW\x80cGY\n\x0F\x14a\x05\x8CW\x80cM\x99\xDD\x16\x14a\x05\xB5W\x80cO\x1E\xF2\x86\x14a\x05\xD4W__\xFD[\x80c2\x81\xA7\x8E\x14a\x04\xA8W\x80c5^kC\x14a\x04\xC7W\x80c6V\x8A\xBE\x14a\x04\xE6W\x80c9\x95\\\xF4\x14a\x05\x05W\x80c>\x17\xB6\0\x14a\x05\x19W__\xFD[\x80c\x11)\xEE7\x11a\x022W\x80c\x11)\xEE7\x14a\x03\x83W\x80c\x15e\"\xA8\x14a\x03\xA2W\x80c\x1B\x91\x03w\x14a\x04-W\x80c$\x8A\x9C\xA3\x14a\x04BW\x80c&-\xDE\xC3\x14a\x04aW\x80c//\xF1]\x14a\x04\x89W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02nW\x80c\x02n@+\x14a\x02\xA2W\x80c\x04m3\x07\x14a\x02\xCFW\x80c\x08\xACwk\x14a\x03CW\x80c\t\x95\xADL\x14a\x03dW[__\xFD[4\x80\x15a\x02yW__\xFD[Pa\x02\x8Da\x02\x886`\x04a;+V[a\x08mV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\xADW__\xFD[Pa\x02\xC1a\x02\xBC6`\x04a;fV[a\x08\xA3V[`@Q\x90\x81R` \x01a\x02\x99V[4\x80\x15a\x02\xDAW__\xFD[Pa\x02\xEEa\x02\xE96`\x04a;\x90V[a\t\x98V[`@Qa\x02\x99\x91\x90_`\xE0\x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R\x92\x91PPV[4\x80\x15a\x03NW__\xFD[Pa\x03ba\x03]6`\x04a;fV[a\x0BlV[\0[4\x80\x15a\x03oW__\xFD[Pa\x03ba\x03~6`\x04a;\xC7V[a\x0B\xBEV[4\x80\x15a\x03\x8EW__\xFD[Pa\x02\xC1a\x03\x9D6`\x04a;\xDEV[a\x0CJV[4\x80\x15a\x03\xADW__\xFD[Pa\x03\xC1a\x03\xBC6`\x04a;\xDEV[a\x0C\x9DV[`@Qa\x02\x99\x91\x90_a\x01 \x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R`\xE0\x83\x01Q`\xE0\x83\x01Ra\x01\0\x83\x01Qa\x01\0\x83\x01R\x92\x91PPV[4\x80\x15a\x048W__\xFD[Pa\x02\xC1a\x13\x88\x81V[4\x80\x15a\x04MW__\xFD[Pa\x02\xC1a\x04\\6`\x04a;\xC7V[a\x0E2V[4\x80\x15a\x04lW__\xFD[Pa\x04va\x07\xD0\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x99V[4\x80\x15a\x04\x94W__\xFD[Pa\x03ba\x04\xA36`\x04a;\xF9V[a\x0ERV[4\x80\x15a\x04\xB3W__\xFD[Pa\x02\x8Da\x04\xC26`\x04a<\x1CV[a\x0EtV[4\x80\x15a\x04\xD2W__\xFD[Pa\x03ba\x04\xE16`\x04a;\xC7V[a\x0E\xC9V[4\x80\x15a\x04\xF1W__\xFD[Pa\x03ba\x05\x006`\x04a;\xF9V[a\x11\xE8V[4\x80\x15a\x05\x10W__\xFD[Pa\x02\xC1a\x12\x1BV[4\x80\x15a\x05$W__\xFD[Pa\x02\xC1a\x12FV[4\x80\x15a\x058W__\xFD[Pa\x05Aa\x12`V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\x99V[4\x80\x15a\x05dW__\xFD[Pa\x05Aa\x12{V[4\x80\x15a\x05xW__\xFD[Pa\x02\xC1a\x05\x876`\x04a;\xDEV[a\x12\x93V[4\x80\x15a\x05\x97W__\xFD[Pa\x05\xA0a\x12\xE1V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x02\x99V[4\x80\x15a\x05\xC0W__\xFD[Pa\x02\xC1a\x05\xCF6`\x04a;fV[a\x13\x17V[a\x03ba\x05\xE26`\x04a<bV[a\x14\xF7V[4\x80\x15a\x05\xF2W__\xFD[Pa\x02\xC1a\x15\x16V[4\x80\x15a\x06\x06W__\xFD[Pa\x02\xC1a\x06\x156`\x04a;\x90V[a\x151V[4\x80\x15a\x06%W__\xFD[Pa\x05Aa\x15\xABV[4\x80\x15a\x069W__\xFD[Pa\x02\xC1b\t:\x80\x81V[4\x80\x15a\x06OW__\xFD[Pa\x05Aa\x15\xC6V[4\x80\x15a\x06cW__\xFD[Pa\x03ba\x06r6`\x04a;\xC7V[a\x15\xE1V[4\x80\x15a\x06\x82W__\xFD[Pa\x02\xC1a\x16\xDDV[4\x80\x15a\x06\x96W__\xFD[Pa\x02\xC1a\x06\xA56`\x04a;\xDEV[a\x16\xF7V[4\x80\x15a\x06\xB5W__\xFD[Pa\x02\xC1a\x06\xC46`\x04a=(V[a\x17&V[4\x80\x15a\x06\xD4W__\xFD[Pa\x02\xC1`d\x81V[4\x80\x15a\x06\xE8W__\xFD[Pa\x02\xC1a\x06\xF76`\x04a<\x1CV[a\x19\x90V[4\x80\x15a\x07\x07W__\xFD[Pa\x03ba\x07\x166`\x04a;\xC7V[a\x1B*V[4\x80\x15a\x07&W__\xFD[Pa\x03ba\x0756`\x04a;\xDEV[a\x1B\xB5V[4\x80\x15a\x07EW__\xFD[Pa\x02\x8Da\x07T6`\x04a;\xF9V[a\x1B\xC6V[4\x80\x15a\x07dW__\xFD[Pa\x05Aa\x1B\xFCV[4\x80\x15a\x07xW__\xFD[Pa\x02\xC1a\x07\x876`\x04a;\xDEV[a\x1C\x17V[4\x80\x15a\x07\x97W__\xFD[Pa\x02\xC1_\x81V[4\x80\x15a\x07\xAAW__\xFD[Pa\x07\xCF`@Q\x80`@\x01`@R\x80`\x05\x81R` \x01d\x03R\xE3\x02\xE3`\xDC\x1B\x81RP\x81V[`@Qa\x02\x99\x91\x90a=fV[4\x80\x15a\x07\xE7W__\xFD[Pa\x02\xC1a\x07\xF66`\x04a;\xDEV[a\x1D=V[4\x80\x15a\x08\x06W__\xFD[Pa\x02\xC1a\x08\x156`\x04a;\xC7V[a\x1F'V[4\x80\x15a\x08%W__\xFD[Pa\x03ba\x0846`\x04a;\xF9V[a\x1F5V[4\x80\x15a\x08DW__\xFD[Pa\x04va\x03\xE8\x81V[4\x80\x15a\x08YW__\xFD[Pa\x03ba\x08h6`\x04a=\x9BV[a\x1FQV[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x08\x9DWPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_\x81_\x03a\x08\xC4W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x08\xFDW`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\t\x06a\"NV[\x90P_a\t\x13\x82\x86a\"rV[\x90Pa\t \x82\x82\x87a$\x8EV[a\t-\x82\x82\x873\x88a%_V[`@\x80Q\x86\x81R` \x81\x01\x83\x90R\x91\x94P`\x01`\x01`\xA0\x1B\x03\x87\x16\x913\x91\x7F$\xD7\xBD\xA8`+\x91mdA\x7F\r\xBF\xE2\xE2\xE8\x8E\xC9\xB1\x15{\xD9\xF5\x96\xDF\xDB\x91\xBA&bN\x04\x91\x01`@Q\x80\x91\x03\x90\xA3`\x02\x82\x01Ta\t\x90\x90`\x01`\x01`\xA0\x1B\x03\x1630\x87a&\x8CV[PP\x92\x91PPV[a\t\xD1`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\t\xDAa\"NV[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x81\x81R`\t\x84\x01` \x90\x81R`@\x80\x83 \x94\x8A\x16\x80\x84R`\n\x87\x01\x83R\x81\x84 \x85\x85R\x83R\x81\x84 \x90\x84R`\x0B\x80\x88\x01\x84R\x82\x85 \x95\x85R\x94\x83R\x92\x81\x90 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82Rd\xFF\xFF\xFF\xFF\xFF`\x01`\x80\x1B\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01`\xA8\x1B\x81\x04\x90\x93\x16\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF`\x01`\xD0\x1B\x90\x92\x04\x82\x16``\x82\x01\x81\x90R\x93\x85\x01T\x95\x96P\x93\x94\x91\x93\x92`\x01`\xE0\x1B\x90\x92\x04\x16\x14a\n\x96W_\x81R[_a\n\xA0\x83a&\xF3V[\x90P`@Q\x80`\xE0\x01`@R\x80\x82\x81R` \x01a\n\xD1\x83a\n\xC0\x88a'\x13V[a\n\xCC\x89`\x03\x01a&\xF3V[a'6V[\x81R\x83Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16` \x83\x01R\x84Q`\x0B\x88\x01T`@\x90\x93\x01\x92a\x0B\x11\x92\x91\x82\x16\x91`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a'6V[\x81R` \x01\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\x0BT\x87`\x06\x01\x87a'XV[a\x0B^\x91\x90a>\x1CV[\x90R\x98\x97PPPPPPPPV[_a\x0Bua\"NV[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0B\xA4W`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xF4V[a\x0B\xB9\x81a\x0B\xB2\x83\x86a\"rV[\x85\x85a(,V[PPPV[_a\x0B\xC8\x81a(\xCAV[a\x0B\xD6\x82`da'\x10a(\xD7V[_a\x0B\xDFa\"NV[\x80T`@\x80Q`\x01`\xB0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F#I\xFE\xA6\xDA3?\xC9G\xEB\x02E\x9A\x89}\x90EH\xA5\x97\xFD\x03|\xF7\x8AC\x19\x023\xF7~\xF2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xB0\x1B\x02a\xFF\xFF`\xB0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[__a\x0CTa\"NV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t\x91\x90\x91\x01` R`@\x90 `\x0B\x81\x01T\x90\x91P`\x01`\x01``\x1B\x03\x16a\x0C\x8C`\x03\x83\x01a&\xF3V[a\x0C\x96\x91\x90a>/V[\x93\x92PPPV[a\x0C\xE3`@Q\x80a\x01 \x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\x0C\xECa\"NV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t\x82\x01` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R`\n\x82\x01Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94Rd\x01\0\0\0\0\x81\x04d\xFF\xFF\xFF\xFF\xFF\x16\x82\x86\x01R`\x01`H\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x01`h\x1B\x90\x04`\xFF\x16\x15\x15`\x80\x82\x01R\x84T\x84Qa\x01 \x81\x01\x90\x95R\x94\x95P\x90\x93\x90\x92`\x01`\xA0\x1B\x90\x91\x04\x90\x91\x16\x90\x80a\r\x8C\x85a&\xF3V[\x81R` \x01a\r\x9D\x85`\x03\x01a&\xF3V[\x81R` \x01a\r\xAB\x85a'\x13V[\x81R`\x0B\x85\x01T`\x01`\x01``\x1B\x03\x81\x16` \x83\x01R`\x01``\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16`@\x82\x01R``\x84\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x83Q`\x80\x90\x91\x01\x90a\xFF\xFF\x16\x83\x11a\r\xFEW\x82a\x0E\x05V[\x83Qa\xFF\xFF\x16[\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01\x83`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x94PPPPP\x91\x90PV[_\x90\x81R_Q` a?\xDF_9_Q\x90_R` R`@\x90 `\x01\x01T\x90V[a\x0E[\x82a\x0E2V[a\x0Ed\x81a(\xCAV[a\x0En\x83\x83a)\x13V[PPPPV[__a\x0E~a\"NV[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\t\x82\x01` R`@\x90 \x90\x91Pa\x0E\xC0\x90\x85\x90a\x0E\xAC\x90`\x03\x01a&\xF3V[\x83T\x86\x90`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16a)\xB4V[\x95\x94PPPPPV[_a\x0E\xD2a\"NV[\x80T\x90\x91P`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x80\x83\x11\x15a\x0F\rW`@Qc,\xDF\xE2\x19`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90R`D\x01a\x08\xF4V[_a\x0F\x18\x833a\"rV[`@\x80Q`\xA0\x81\x01\x82R`\n\x83\x01Ta\xFF\xFF\x80\x82\x16\x80\x84Rb\x01\0\0\x83\x04\x90\x91\x16` \x84\x01Rd\x01\0\0\0\0\x82\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R`\x01`H\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x01`h\x1B\x90\x04`\xFF\x16\x15\x15`\x80\x82\x01R\x91\x92P\x85\x81\x81\x11a\x10tW_`@\x80\x85\x01\x82\x90R` \x85\x01\x91\x90\x91Ra\xFF\xFF\x82\x16\x80\x85R`\n\x86\x01\x80T``\x87\x01Q`\x80\x88\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x90\x94\x17\x91\x90\x91\x17\x16\x91\x90\x91\x17\x90UQ3\x90\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x90a\x10,\x90\x85\x90\x8B\x90B\x90\x92\x83R` \x83\x01\x91\x90\x91R`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA2`@\x80Q\x83\x81R` \x81\x01\x89\x90R3\x91\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x91\x01`@Q\x80\x91\x03\x90\xA2a\x11\xDFV[\x85T`@\x80Qcl\xF6\xD6u`\xE0\x1B\x81R\x90Q_\x92`\x01`\x01`\xA0\x1B\x03\x16\x91cl\xF6\xD6u\x91`\x04\x80\x83\x01\x92` \x92\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x10\xBAW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x10\xDE\x91\x90a>BV[a\x10\xE8\x90Ba>/V[a\xFF\xFF\x83\x16` \x86\x01R\x90Pa\x10\xFD\x81a)\xEAV[d\xFF\xFF\xFF\xFF\xFF\x16`@\x85\x81\x01\x82\x90R\x85Q`\n\x88\x01\x80T` \x80\x8A\x01Q``\x80\x8C\x01Q`\x80\x8D\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x19d\x01\0\0\0\0\x90\x9B\x02\x9A\x90\x9A\x16l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x19a\xFF\xFF\x95\x86\x16b\x01\0\0\x02c\xFF\xFF\xFF\xFF\x19\x90\x98\x16\x95\x90\x99\x16\x94\x90\x94\x17\x95\x90\x95\x17\x96\x90\x96\x16\x91\x90\x91\x17\x96\x90\x96\x17\x93\x90\x93\x16\x17\x90U\x81Q\x86\x81R\x90\x81\x01\x8B\x90R\x90\x81\x01\x83\x90R3\x91\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x91\x01`@Q\x80\x91\x03\x90\xA2P[PPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x12\x11W`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0B\xB9\x82\x82a*\x1FV[_j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\x123a\"NV[`\x06\x01Ta\x12A\x91\x90a>\x1CV[\x90P\x90V[_a\x12Oa\"NV[T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x12ia\"NV[`\x03\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x12\x84a\"NV[T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x12\x9Da\"NV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t\x82\x01` R`@\x90 \x90\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a\x12\xD7\x90`\x05\x84\x01\x90a'XV[a\x0C\x96\x91\x90a>\x1CV[___a\x12\xECa\"NV[`\x04\x81\x01T`\x03\x90\x91\x01T`\x01`\x01``\x1B\x03`\x01`\xA0\x1B\x92\x83\x90\x04\x81\x16\x96\x92\x90\x91\x04\x16\x93P\x91PPV[_\x81_\x03a\x138W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x13Aa\"NV[\x90P_a\x13N\x82\x86a\"rV[\x90Pa\x13]\x82\x82\x873\x88a*\x98V[3_\x90\x81R`\x0B\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8A\x16\x84R\x90\x91R\x81 \x91\x94Pa\x13\x8F\x83\x83\x88a+\x9CV[\x90P_\x84_\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13\xE3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x14\x07\x91\x90a>BV[a\x14\x11\x90Ba>/V[\x90Pa\x14\x1C\x81a)\xEAV[\x83Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\x80\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x90\x91\x16\x17\x83U`@\x80Q\x88\x81R` \x81\x01\x88\x90R\x90\x81\x01\x83\x90R``\x81\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x89\x16\x903\x90\x7F\x01\x1E*\x8AH\xC6\x17hV\xFBT7\xF7\xDF\xB9\x0FOs\x06\xE4\x1C\xDAAL7\x16!{\xD2L\x91\xDB\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3\x84T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x14\xD6W__\xFD[PZ\xF1\x15\x80\x15a\x14\xE8W=__>=_\xFD[PPPPPPPPP\x92\x91PPV[a\x14\xFFa-)V[a\x15\x08\x82a-\xB9V[a\x15\x12\x82\x82a-\xC3V[PPV[_a\x15\x1Fa.\x7FV[P_Q` a?\xBF_9_Q\x90_R\x90V[___a\x15Fa\x15?a\"NV[\x86\x86a.\xC8V[\x91P\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82`\x02\x01Ta\x15h\x91\x90a>\x1CV[\x92P\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\t\x90W`\x02\x81\x01Ta\x15\xA1\x90j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a>\x1CV[a\x0E\xC0\x90\x84a>/V[_a\x15\xB4a\"NV[`\x04\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x15\xCFa\"NV[`\x01\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x15\xEAa\"NV[`\x01\x81\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x16\x1CW`@Qc'V0\x89`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xF4V[_a\x16&\x82a/\x13V[\x90Pa\x16Ma\x16Cj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x85a>YV[`\x05\x84\x01\x90a/8V[`\x04\x82\x01Ta\x16v\x90a\x16q\x90\x85\x90`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16a>/V[a/TV[\x82`\x04\x01`\x14a\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x80\x7Fg\xCA\xD5\x9EYX\xC0h!\x0BW\xB4\xB0\x1F\x16`\xB6$S2\xDE\x94\xB4\xEFI\x1E{\xD7@HYU\x84`@Qa\x16\xD0\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPPV[_a\x16\xE6a\"NV[T`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x08\x9Da\x17\x03a\"NV[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t\x91\x90\x91\x01` R`@\x90 `\x03\x01a&\xF3V[_\x81_\x03a\x17GW`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\x17\x84W`@QcEp\xAE\xF9`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xF4V[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x17\xB8W`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x08\xF4V[_a\x17\xC1a\"NV[\x90P_\x81_\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x18\x15W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x189\x91\x90a>BV[3_\x90\x81R`\x0B\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8B\x16\x84R\x90\x91R\x90 \x90\x91Pa\x18j\x90\x82a/\x87V[3_\x90\x81R`\x0B\x83\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 a\x18\x98\x90\x82a/\x87V[_a\x18\xAF\x83a\x18\xA7\x85\x8Aa\"rV[\x893\x89a*\x98V[\x90P_a\x18\xBC\x84\x88a\"rV[\x90Pa\x18\xC9\x84\x82\x89a$\x8EV[a\x18\xD6\x84\x82\x893\x8Aa%_V[`@\x80Q\x88\x81R` \x81\x01\x85\x90R\x90\x81\x01\x82\x90R\x90\x95P`\x01`\x01`\xA0\x1B\x03\x80\x89\x16\x91\x90\x8A\x16\x903\x90\x7F\xFD\xACn\x81\x919\x96\xD9Z\xBC\xC2\x89\xE9\x0F-\x8B\xD25H|\xE6\xFEo\x82\x1E}!\0*\x19\x15\xB4\x90``\x01`@Q\x80\x91\x03\x90\xA4\x83T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x19oW__\xFD[PZ\xF1\x15\x80\x15a\x19\x81W=__>=_\xFD[PPPPPPPP\x93\x92PPPV[_\x82\x15\x80a\x19\x9FWPa'\x10\x83\x11[\x15a\x19\xC0W`@Qc\"{\xD0W`\xE1\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x08\xF4V[_a\x19\xC9a\"NV[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x19\xF8W`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xF4V[_a\x1A\x03\x82\x87a\"rV[\x90Pa\x1A\x11\x82\x82\x88\x87a(,V[_a\x1A\x1E\x82`\x03\x01a&\xF3V[\x90P_a'\x10a\x1A.\x88\x84a>YV[a\x1A8\x91\x90a>\x1CV[\x90P\x80\x15a\x1AQWa\x1AQ`\x05\x85\x01`\x03\x85\x01\x83a0\x10V[`\x0B\x83\x01T`\x01`\x01``\x1B\x03\x16_a'\x10a\x1Am\x8A\x84a>YV[a\x1Aw\x91\x90a>\x1CV[\x90Pa\x1A\x83\x81\x83a>pV[`\x0B\x86\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1A\xAF\x81\x84a>/V[`@\x80Q\x8B\x81R` \x81\x01\x86\x90R\x90\x81\x01\x83\x90R\x90\x97P`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x7F\x99f\xFE#\x87\x91Wu\xB6YZ~\xD0\x90\xB58\t\xE9\x94\x9A\xA3\r\xB3/d\x96Gd6\xCE\x87\xAB\x90``\x01`@Q\x80\x91\x03\x90\xA2\x86\x15a\x1B\x1DW`\x02\x86\x01Ta\x1B\x1D\x90`\x01`\x01`\xA0\x1B\x03\x163\x89a1rV[PPPPPP\x93\x92PPPV[_a\x1B4\x81a(\xCAV[a\x1BA\x82_a\x13\x88a(\xD7V[_a\x1BJa\"NV[\x80T`@\x80Q`\x01`\xA0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F|3 \rV\xC47HR#\x9F\x90\x13\x8D\xD6;\xB8\xFFu\xFBNy\r\xD6\x1C\x94\xFA\xAC\xBDW\xD1\xD2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[a\x15\x12a\x1B\xC0a\"NV[\x82a\"rV[_\x91\x82R_Q` a?\xDF_9_Q\x90_R` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[_a\x1C\x05a\"NV[`\x02\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x1C!a\"NV[\x90P__a\x1C0\x83\x863a.\xC8V[\x91P\x91Pa\x1C=\x82a1\xA3V[\x93P`\x01`\x01`\xA0\x1B\x03\x85\x163\x03a\x1CeWa\x1CX\x81a1\xA3V[a\x1Cb\x90\x85a>/V[\x93P[\x83_\x03a\x1C\x85W`@Qc\x12\xD3~\xE5`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x83\x83`\x03\x01`\x14\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01``\x1B\x03\x16a\x1C\xAB\x91\x90a>\x83V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01``\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01``\x1B\x03\x16\x02\x17\x90UP\x84`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x7F\xD5\"!mh\x06\xED\x90D\x0F \xC2\xEBk\xC7\r\xEA\xF0\x89\x1D\xAAt\x95\x18[z\x15T\xDB\xCC\xB8\xF9\x86`@Qa\x1D\x14\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3`\x03\x83\x01Ta\x1D5\x90`\x01`\x01`\xA0\x1B\x03\x163\x86a1rV[PPP\x91\x90PV[__a\x1DGa\"NV[3_\x90\x81R`\x0B\x82\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x81 \x80T\x92\x93P\x91`\x01`\x01`\x80\x1B\x03\x16\x90\x81\x90\x03a\x1D\x9BW`@Qc\t\x8A\xE7]`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81T`\x01`\x80\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\x1D\xDDW\x81T`@Qc\xDD\x9C\x89C`\xE0\x1B\x81R`\x01`\x80\x1B\x90\x91\x04d\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x08\xF4V[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\t\x84\x01` R`@\x90 \x82T`\x01`\x01`\x80\x1B\x03\x19\x16\x80\x84U`\x0B\x82\x01Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16`\x01`\xD0\x1B\x90\x92\x04\x16\x03a\x1E\xB9W`\x0B\x81\x01T`\x01`\x01`\x80\x1B\x03`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a\x1EQ\x84\x83\x83a'6V[\x96Pa\x1E]\x84\x83a>pV[`\x0B\x84\x01\x80T`\x01`\x01`\x80\x1B\x03\x92\x90\x92\x16`\x01``\x1B\x02`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1E\x94\x87\x82a>pV[`\x0B\x84\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UPP[`@\x80Q\x86\x81R` \x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x88\x16\x913\x91\x7F}B\xDA\xB4t\xBC\xFD\xB4\xA6\xF7F\xB2SoE\xAFL,\x02\xED\xF6+\xADI\xC58\xB4\xA2\xA7f\xCB\x94\x91\x01`@Q\x80\x91\x03\x90\xA3\x84\x15a\x1F\x1EW`\x02\x84\x01Ta\x1F\x1E\x90`\x01`\x01`\xA0\x1B\x03\x163\x87a1rV[PPPP\x91\x90PV[_a\x08\x9D\x82b\t:\x80a1\xEDV[a\x1F>\x82a\x0E2V[a\x1FG\x81a(\xCAV[a\x0En\x83\x83a*\x1FV[_a\x1FZa1\xF8V[\x80T\x90\x91P`\xFF`\x01`@\x1B\x82\x04\x16\x15\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x81\x15\x80\x15a\x1F\x81WP\x82[\x90P_\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01\x14\x80\x15a\x1F\x9DWP0;\x15[\x90P\x81\x15\x80\x15a\x1F\xABWP\x80\x15[\x15a\x1F\xC9W`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01\x17\x85U\x83\x15a\x1F\xF3W\x84T`\xFF`@\x1B\x19\x16`\x01`@\x1B\x17\x85U[`\x01`\x01`\xA0\x1B\x03\x89\x16\x15\x80a \x10WP`\x01`\x01`\xA0\x1B\x03\x88\x16\x15[\x80a \"WP`\x01`\x01`\xA0\x1B\x03\x87\x16\x15[\x80a 4WP`\x01`\x01`\xA0\x1B\x03\x86\x16\x15[\x15a RW`@Qc\xD9.#=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a Za2 V[a d_\x8Aa)\x13V[P_a na\"NV[\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x81\x17\x82U`@\x80Qc\x02\xED\xC1}`\xE5\x1B\x81R\x90Q\x92\x93P\x90\x91c]\xB8/\xA0\x91`\x04\x80\x82\x01\x92` \x92\x90\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a \xC7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a \xEB\x91\x90a>\xA2V[\x81`\x04\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP\x87`\x01`\x01`\xA0\x1B\x03\x16c>A;\xEE`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a!NW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a!r\x91\x90a>\xA2V[`\x03\x82\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x90\x81\x16`\x01`\x01`\xA0\x1B\x03\x93\x84\x16\x17\x90\x91U`\x01\x83\x01\x80T\x82\x16\x8B\x84\x16\x17\x90U`\x02\x83\x01\x80T\x90\x91\x16\x91\x89\x16\x91\x90\x91\x17\x90U\x80Tc\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x16b>\x80}`\xA4\x1B\x17\x81Ua!\xD6Bb\t:\x80a1\xEDV[`\x07\x90\x91\x01\x80Tc\xFF\xFF\xFF\xFF\x92\x90\x92\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x90\x92\x16\x91\x90\x91\x17\x90U\x83\x15a\"CW\x84T`\xFF`@\x1B\x19\x16\x85U`@Q`\x01\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PPPPPPPPPV[\x7F-\xBB\xB2qM<\xF6O\x070\xE4V\xB2\xAE\xCD\x84\xFE\x811\x88\xE5\xD9C\xBC\xFA&P\xA3\xF3K\xE3\0\x90V[__a\"}\x84a/\x13V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\t\x86\x01` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R`\n\x82\x01Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x16\x93\x82\x01\x93\x90\x93Rd\x01\0\0\0\0\x83\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x81\x01\x93\x90\x93R`\x01`H\x1B\x82\x04c\xFF\xFF\xFF\xFF\x90\x81\x16``\x85\x01R`\x01`h\x1B\x90\x92\x04`\xFF\x16\x15\x15`\x80\x84\x01R`\x08\x81\x01T\x90\x95P\x92\x93P\x90\x91`\x01`\xE0\x1B\x90\x04\x16\x82\x14a#\xA0Wa#!`\x05\x86\x01\x84a2(V[_\x80a#3`\x05\x88\x01`\x03\x87\x01a2\xE9V[\x90\x92P\x90P_\x82\x82\x17\x15a#kW\x87T\x84Qa\xFF\xFF`\x01`\xA0\x1B\x90\x92\x04\x82\x16\x91\x16\x81\x11a#`W\x80a#gV[\x84Qa\xFF\xFF\x16[\x91PP[\x82\x15a#|Wa#|\x86\x84\x83a4\x0FV[a#\x8A`\x06\x87\x01\x86_a4mV[P\x81\x15a#\x9CWa#\x9C\x86\x83\x83a4\x0FV[PPP[`@\x81\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a#\xC5WP\x80`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\t\x90W\x80Q` \x82\x01Q`@Q`\x01`\x01`\xA0\x1B\x03\x87\x16\x92\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x92a$\x1A\x92a\xFF\xFF\x92\x83\x16\x81R\x91\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2` \x81\x01\x80Q_`@\x84\x01\x81\x90R\x90\x91Ra\xFF\xFF\x16\x80\x82R`\n\x84\x01\x80T``\x84\x01Q`\x80\x85\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x90\x94\x17\x91\x90\x91\x17\x16\x91\x90\x91\x17\x90UPP\x92\x91PPV[`\n\x82\x01T`\x01`h\x1B\x90\x04`\xFF\x16\x15a$\xA7WPPPV[`\x04\x83\x81\x01T`@Qc8\t@\xFB`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x81\x16\x93\x82\x01\x93\x90\x93R\x91\x16\x90c8\t@\xFB\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a$\xF3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a%\x17\x91\x90a>\xBDV[c\xFF\xFF\xFF\xFF\x16_\x03a%GW`@Qc\x9C\x90\t\xFF`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xF4V[P`\n\x01\x80T`\xFF`h\x1B\x19\x16`\x01`h\x1B\x17\x90UPV[__a%m\x86`\x03\x01a&\xF3V[\x90P_a%y\x87a'\x13V[\x90P\x80\x15\x80\x15\x90a%\x88WP\x81\x15[\x15a%\xB1W`@QcY\xBB\x81k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x08\xF4V[a%\xBC\x84\x82\x84a5]V[\x92P\x82_\x03a%\xE1W`@Qcn6\x99\xB7`\xE1\x1B\x81R`\x04\x81\x01\x85\x90R`$\x01a\x08\xF4V[`\x01`\x01`\xA0\x1B\x03\x80\x86\x16_\x90\x81R`\n\x8A\x01` \x90\x81R`@\x80\x83 \x93\x8A\x16\x83R\x92\x90R a&\x14`\x06\x89\x01\x82a2(V[a&\x1D\x81a&\xF3V[_\x03a&aW`\n\x88\x01\x80T`\t\x90a&B\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a>\xE0V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a&o`\x06\x89\x01\x82\x86a5wV[a&\x80`\x05\x8A\x01`\x03\x8A\x01\x87a5wV[PPP\x95\x94PPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x0En\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x83\x81\x83\x16\x17\x83RPPPPa6rV[\x80T_\x90a\x08\x9D\x90`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a>/V[`\x08\x81\x01T_\x90a\x08\x9D\x90`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a>/V[_\x82_\x03a'EWP_a\x0C\x96V[a'P\x84\x83\x85a6\xDEV[\x94\x93PPPPV[\x80T`\x01\x82\x01T`\x02\x80\x84\x01T\x90\x85\x01T\x90\x92`\x01`\x01`p\x1B\x03\x81\x16\x92\x91c\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x91\x82\x90\x04\x81\x16\x91\x90\x92\x04\x90\x91\x16\x10\x80\x15a'\xABWP\x83T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x15\x15[\x15a(\x15W\x83T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x03\x86\x01` R`@\x90 Ta'\xD9\x82\x82a>pV[a'\xE3\x90\x84a>YV[a'\xED\x90\x85a>/V[\x85T\x90\x94P\x90\x91P\x81\x90a(\x11\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x84a>/V[\x92PP[\x84Ta(\"\x90\x82\x90a>pV[a\x15\xA1\x90\x83a>YV[_a(6\x84a&\xF3V[\x90P\x80\x82\x11\x15a(^Wa(Y\x84a(N\x83\x85a>pV[`\x05\x88\x01\x91\x90a5wV[a(\x7FV[\x80\x82\x10\x15a(\x7FWa(\x7F\x84a(t\x84\x84a>pV[`\x05\x88\x01\x91\x90a0\x10V[`@\x80Q\x82\x81R` \x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16\x91\x7F\xD5l\x9A<T\x98\x8F\xCF\xAB|B\x8B\x06\xC2\x01\x9F}59\xA3\xC6\xA9[\xA7\xA0\xF6\x01\x1A\xA7\xF2\xBE'\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPPV[a(\xD4\x813a7\x8EV[PV[\x81\x83\x10\x80a(\xE4WP\x80\x83\x11[\x15a\x0B\xB9W`@Qc\tB$q`\xE3\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x08\xF4V[__Q` a?\xDF_9_Q\x90_Ra),\x84\x84a\x1B\xC6V[a)\xABW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua)a3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x85\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4`\x01\x91PPa\x08\x9DV[_\x91PPa\x08\x9DV[_a)\xBF\x82\x84a>YV[a)\xCBa'\x10\x87a>YV[\x10\x15\x80\x15a\x0E\xC0WP\x82a)\xDF\x85\x87a>/V[\x10\x15\x95\x94PPPPPV[_d\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a*\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`(`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xF4V[P\x90V[__Q` a?\xDF_9_Q\x90_Ra*8\x84\x84a\x1B\xC6V[\x15a)\xABW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x87\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4`\x01\x91PPa\x08\x9DV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R`\n\x87\x01` \x90\x81R`@\x80\x83 \x93\x87\x16\x83R\x92\x90R\x90\x81 a*\xCD`\x06\x87\x01\x82a2(V[_a*\xD7\x82a&\xF3V[\x90Pa*\xF7\x84a*\xE6\x89a'\x13V[a*\xF2\x8A`\x03\x01a&\xF3V[a7\xC7V[\x92P\x80\x83\x11\x80a+\x05WP\x82\x15[\x15a+-W`@Qce\x8E\xC5\xDD`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x84\x90R`D\x01a\x08\xF4V[a+;`\x06\x88\x01\x83\x85a0\x10V[\x80\x83\x03a+\x80W`\n\x87\x01\x80T`\t\x90a+a\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a?\x04V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a+\x91`\x05\x89\x01`\x03\x89\x01\x86a0\x10V[PP\x95\x94PPPPPV[`\x0B\x83\x01T_\x90`\x01``\x1B\x81\x04`\x01`\x01`\x80\x1B\x03\x16\x90`\x01`\x01``\x1B\x03\x81\x16\x90`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81\x15\x80\x15a+\xD9WP\x82\x15\x15[\x15a,\x0CW_\x92Pa+\xEA\x81a>\xE0V[`\x0B\x88\x01\x80T`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90U\x90P[\x85Tc\xFF\xFF\xFF\xFF\x82\x81\x16`\x01`\xD0\x1B\x90\x92\x04\x16\x14a,YW\x85T\x7F\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x86U[a,d\x85\x84\x84a5]V[\x93P\x83_\x03a,\x89W`@Qcn6\x99\xB7`\xE1\x1B\x81R`\x04\x81\x01\x86\x90R`$\x01a\x08\xF4V[a,\x96a\x16q\x86\x84a>/V[`\x0B\x88\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua,\xCAa,\xC5\x85\x85a>/V[a7\xE4V[`\x0B\x88\x01\x80T`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x16`\x01``\x1B`\x01`\x01`\x80\x1B\x03\x93\x84\x16\x02\x17\x90U\x86Ta-\x03\x91a,\xC5\x91\x87\x91\x16a>/V[\x86T`\x01`\x01`\x80\x1B\x03\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x90\x95UP\x90\x94\x93PPPPV[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80a-\x99WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16a-\x8Da8\x17V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a-\xB7W`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[V[_a\x15\x12\x81a(\xCAV[\x81`\x01`\x01`\xA0\x1B\x03\x16cR\xD1\x90-`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a.\x1DWP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra.\x1A\x91\x81\x01\x90a>BV[`\x01[a.EW`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x08\xF4V[_Q` a?\xBF_9_Q\x90_R\x81\x14a.uW`@Qc*\x87Ri`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x08\xF4V[a\x0B\xB9\x83\x83a8+V[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a-\xB7W`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a.\xD4\x85\x85a\"rV[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x90\x81R`\n\x88\x01` \x90\x81R`@\x80\x83 \x93\x89\x16\x83R\x92\x90R \x92P\x90Pa/\x0B`\x06\x82\x01\x83a2(V[\x93P\x93\x91PPV[_a/!Bb\t:\x80a1\xEDV[\x90Pa/2`\x05\x83\x01\x82`\x01a4mV[P\x91\x90PV[\x80\x82`\x01\x01_\x82\x82Ta/K\x91\x90a>/V[\x90\x91UPPPPV[_`\x01`\x01``\x1B\x03\x82\x11\x15a*\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xF4V[\x81T`\x01`\xA8\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80\x15\x90a/\xAEWPa/\xAB\x82\x82a>/V[B\x10[\x15a/\xE0W\x80a/\xBE\x83\x82a>/V[`@Qco}\xB8\xF9`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x08\xF4V[a/\xE9Ba)\xEAV[\x83Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xA8\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\xA8\x1B\x19\x90\x91\x16\x17\x90\x92UPPV[\x81T`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a0/\x81\x83a>/V[\x83\x11\x15a0dWa0@\x81\x83a>/V[`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x01a\x08\xF4V[_\x82\x84\x10a0rW\x82a0tV[\x83[\x90P_a0\x81\x82\x86a>pV[\x90Pa0\x8D\x82\x85a>pV[\x86T`\x01`\x01`p\x1B\x03\x91\x90\x91\x16`\x01`p\x1B\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x90\x91\x16\x17\x86Ua0\xBD\x81\x84a>pV[\x86Tm\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`p\x1B\x03\x91\x82\x16\x17\x87U`\x02\x88\x01\x80T\x84\x92`\x0E\x91a0\xFC\x91\x85\x91`\x01`p\x1B\x90\x04\x16a?\"V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`p\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`p\x1B\x03\x16\x02\x17\x90UP\x80\x87`\x02\x01_\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`p\x1B\x03\x16a1E\x91\x90a?\"V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`p\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`p\x1B\x03\x16\x02\x17\x90UPPPPPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x0B\xB9\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01a&\xC1V[`\x02\x81\x01T_\x90a1\xC2j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a>\x1CV[\x91P\x81\x15a/2Wa1\xE2j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a?AV[`\x02\x84\x01UP\x91\x90PV[_a\x0C\x96\x82\x84a>\x1CV[_\x80\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0a\x08\x9DV[a-\xB7a8\x80V[\x80T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x15a2\x83W__a2K\x84\x84a2\xE9V[\x90\x92P\x90P_a2[\x82\x84a>/V[\x90P\x80\x15a2|W\x80\x84`\x02\x01_\x82\x82Ta2v\x91\x90a>/V[\x90\x91UPP[PPPPPV[\x80T\x82T`\x01\x83\x01T`\x01`\x01`p\x1B\x03\x90\x92\x16\x91\x82\x15\x80a2\xA4WP\x80\x82\x14[\x15a2\xB0WPPPPPV[a2\xBA\x81\x83a>pV[a2\xC4\x90\x84a>YV[\x84`\x02\x01_\x82\x82Ta2\xD6\x91\x90a>/V[\x90\x91UPPP`\x01\x90\x92\x01\x91\x90\x91UPPV[\x80T_\x90\x81\x90`\x01`\x01`p\x1B\x03\x80\x82\x16\x91`\x01`p\x1B\x90\x04\x16\x81\x15\x80\x15a3\x0FWP\x80\x15[\x15a3!W__\x93P\x93PPPa4\x08V[\x85T`\x01\x86\x01T`\x02\x88\x01T\x87Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x92\x83\x90\x04\x81\x16\x92\x90\x91\x04\x16\x81\x11\x15a3\xCCW\x87T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x03\x8A\x01` R`@\x90 Ta3t\x83\x82a>pV[a3~\x90\x87a>YV[\x97P\x91P\x81\x84\x15a3\xAFWa3\x93\x85\x87a>/V[\x89T`\x01`\x01`\xE0\x1B\x03\x19\x16`\x01`\x01`p\x1B\x03\x82\x16\x17\x8AU\x95P[P\x87T`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1Bc\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x88U[a3\xD6\x82\x84a>pV[a3\xE0\x90\x86a>YV[\x95P\x84\x15\x80\x15\x90a3\xF5WP\x82\x88`\x01\x01T\x14\x15[\x15a4\x02W`\x01\x88\x01\x83\x90U[PPPPP[\x92P\x92\x90PV[_a'\x10a4\x1D\x83\x85a>YV[a4'\x91\x90a>\x1CV[\x90P\x80\x15a4JW\x80\x84_\x01`\x02\x01_\x82\x82Ta4D\x91\x90a>/V[\x90\x91UPP[a4aa4W\x82\x85a>pV[`\x06\x86\x01\x90a/8V[a\x0En\x84`\x06\x01a8\xA5V[`\x02\x83\x01T_\x90`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x80\x84\x11a4\x91W_\x91PPa\x0C\x96V[a4\x9A\x85a8\xA5V[`\x02\x85\x01T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x83\x80a4\xBAWP\x80\x15\x15[\x15a4\xD2W\x85T_\x83\x81R`\x03\x88\x01` R`@\x90 U[\x80\x15a50W`\x02\x86\x01\x80T\x82\x91\x90_\x90a4\xF7\x90\x84\x90`\x01`\x01`p\x1B\x03\x16a?TV[\x82T`\x01`\x01`p\x1B\x03\x91\x82\x16a\x01\0\x93\x90\x93\n\x92\x83\x02\x91\x90\x92\x02\x19\x90\x91\x16\x17\x90UP`\x02\x86\x01\x80T`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x16\x90U[PPP`\x02\x83\x01\x80Tc\xFF\xFF\xFF\xFF\x84\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x90\x91\x16\x17\x90U`\x01\x93\x92PPPV[_\x82_\x03a5lWP\x82a\x0C\x96V[a'P\x84\x84\x84a6\xDEV[\x81T_\x90a5\x96\x90\x83\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16a>/V[\x83T\x90\x91P`\x01`\x01`p\x1B\x03\x90a5\xB0\x90\x82\x16\x83a>/V[\x11\x15a5\xDFW`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x01`\x01`p\x1B\x03`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x08\xF4V[\x82T`\x01`\x01`p\x1B\x03\x80\x83\x16`\x01`p\x1B\x90\x81\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x84\x16\x81\x17\x87U`\x02\x88\x01\x80Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x91\x82\x90\x04\x16\x02`\x01`\x01`\xE0\x1B\x03\x90\x92\x16\x94\x84\x16\x94\x90\x94\x17\x17\x86U\x82T\x85\x93\x92`\x0E\x92a6H\x92\x86\x92\x91\x90\x04\x16a?TV[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`p\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`p\x1B\x03\x16\x02\x17\x90UPPPPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a6\x91W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a6\xA8W\x80`\x01\x14\x15a6\xB5V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\x0EnW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xF4V[___a6\xEB\x86\x86a9\x08V[\x91P\x91P\x81_\x03a7\x0FW\x83\x81\x81a7\x05Wa7\x05a=\xF4V[\x04\x92PPPa\x0C\x96V[\x81\x84\x11a7&Wa7&`\x03\x85\x15\x02`\x11\x18a9$V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[a7\x98\x82\x82a\x1B\xC6V[a\x15\x12W`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xF4V[_\x81_\x03a7\xD7WP_\x19a\x0C\x96V[a'P\x84\x84\x84`\x01a95V[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a*\x1BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xF4V[__Q` a?\xBF_9_Q\x90_Ra\x12\x84V[a84\x82a9wV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F\xBC|\xD7Z \xEE'\xFD\x9A\xDE\xBA\xB3 A\xF7U!M\xBCk\xFF\xA9\x0C\xC0\"[9\xDA.\\-;\x90_\x90\xA2\x80Q\x15a8xWa\x0B\xB9\x82\x82a9\xDAV[a\x15\x12a:CV[a8\x88a:bV[a-\xB7W`@Qc\x1A\xFC\xD7\x9F`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x81\x01T`\x01\x82\x01T`\x01`\x01`p\x1B\x03\x90\x91\x16\x90\x81\x15\x80a8\xC6WP\x80\x15[\x15a8\xD0WPPPV[a8\xDA\x82\x82a>\x1CV[\x83_\x01_\x82\x82Ta8\xEB\x91\x90a>/V[\x90\x91UPa8\xFB\x90P\x82\x82a?AV[\x83`\x01\x01\x81\x90UPPPPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[_a9ba9B\x83a:{V[\x80\x15a9]WP_\x84\x80a9XWa9Xa=\xF4V[\x86\x88\t\x11[\x15\x15\x90V[a9m\x86\x86\x86a6\xDEV[a\x0E\xC0\x91\x90a>/V[\x80`\x01`\x01`\xA0\x1B\x03\x16;_\x03a9\xACW`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xF4V[_Q` a?\xBF_9_Q\x90_R\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[``__\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`@Qa9\xF6\x91\x90a?sV[_`@Q\x80\x83\x03\x81\x85Z\xF4\x91PP=\x80_\x81\x14a:.W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a:3V[``\x91P[P\x91P\x91Pa\x0E\xC0\x85\x83\x83a:\xA7V[4\x15a-\xB7W`@Qc\xB3\x98\x97\x9F`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a:ka1\xF8V[T`\x01`@\x1B\x90\x04`\xFF\x16\x91\x90PV[_`\x02\x82`\x03\x81\x11\x15a:\x90Wa:\x90a?\x89V[a:\x9A\x91\x90a?\x9DV[`\xFF\x16`\x01\x14\x90P\x91\x90PV[``\x82a:\xBCWa:\xB7\x82a;\x03V[a\x0C\x96V[\x81Q\x15\x80\x15a:\xD3WP`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a:\xFCW`@Qc\x99\x96\xB3\x15`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xF4V[P\x80a\x0C\x96V[\x80Q\x15a;\x12W\x80Q` \x82\x01\xFD[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_` \x82\x84\x03\x12\x15a;;W__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x0C\x96W__\xFD[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a(\xD4W__\xFD[__`@\x83\x85\x03\x12\x15a;wW__\xFD[\x825a;\x82\x81a;RV[\x94` \x93\x90\x93\x015\x93PPPV[__`@\x83\x85\x03\x12\x15a;\xA1W__\xFD[\x825a;\xAC\x81a;RV[\x91P` \x83\x015a;\xBC\x81a;RV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a;\xD7W__\xFD[P5\x91\x90PV[_` \x82\x84\x03\x12\x15a;\xEEW__\xFD[\x815a\x0C\x96\x81a;RV[__`@\x83\x85\x03\x12\x15a<\nW__\xFD[\x825\x91P` \x83\x015a;\xBC\x81a;RV[___``\x84\x86\x03\x12\x15a<.W__\xFD[\x835a<9\x81a;RV[\x95` \x85\x015\x95P`@\x90\x94\x015\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[__`@\x83\x85\x03\x12\x15a<sW__\xFD[\x825a<~\x81a;RV[\x91P` \x83\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a<\x99W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a<\xA9W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a<\xC3Wa<\xC3a<NV[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a<\xF2Wa<\xF2a<NV[`@R\x81\x81R\x82\x82\x01` \x01\x87\x10\x15a=\tW__\xFD[\x81` \x84\x01` \x83\x017_` \x83\x83\x01\x01R\x80\x93PPPP\x92P\x92\x90PV[___``\x84\x86\x03\x12\x15a=:W__\xFD[\x835a=E\x81a;RV[\x92P` \x84\x015a=U\x81a;RV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[____`\x80\x85\x87\x03\x12\x15a=\xAEW__\xFD[\x845a=\xB9\x81a;RV[\x93P` \x85\x015a=\xC9\x81a;RV[\x92P`@\x85\x015a=\xD9\x81a;RV[\x91P``\x85\x015a=\xE9\x81a;RV[\x93\x96\x92\x95P\x90\x93PPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[_\x82a>*Wa>*a=\xF4V[P\x04\x90V[\x80\x82\x01\x80\x82\x11\x15a\x08\x9DWa\x08\x9Da>\x08V[_` \x82\x84\x03\x12\x15a>RW__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08\x9DWa\x08\x9Da>\x08V[\x81\x81\x03\x81\x81\x11\x15a\x08\x9DWa\x08\x9Da>\x08V[`\x01`\x01``\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x9DWa\x08\x9Da>\x08V[_` \x82\x84\x03\x12\x15a>\xB2W__\xFD[\x81Qa\x0C\x96\x81a;RV[_` \x82\x84\x03\x12\x15a>\xCDW__\xFD[\x81Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0C\x96W__\xFD[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a>\xFBWa>\xFBa>\x08V[`\x01\x01\x92\x91PPV[_c\xFF\xFF\xFF\xFF\x82\x16\x80a?\x19Wa?\x19a>\x08V[_\x19\x01\x92\x91PPV[`\x01`\x01`p\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x08\x9DWa\x08\x9Da>\x08V[_\x82a?OWa?Oa=\xF4V[P\x06\x90V[`\x01`\x01`p\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x9DWa\x08\x9Da>\x08V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_`\xFF\x83\x16\x80a?\xAFWa?\xAFa=\xF4V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV\xFE6\x08\x94\xA1;\xA1\xA3!\x06g\xC8(I-\xB9\x8D\xCA> v\xCC75\xA9 \xA3\xCAP]8+\xBC\x02\xDD{\xC7\xDE\xC4\xDC\xEE\xDD\xA7u\xE5\x8D\xD5A\xE0\x8A\x11llS\x81\\\x0B\xD0(\x19/{bh\0\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlBadConfirmation()` and selector `0x6697b232`.
```solidity
error AccessControlBadConfirmation();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlBadConfirmation;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlBadConfirmation>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlBadConfirmation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlBadConfirmation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlBadConfirmation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlBadConfirmation()";
            const SELECTOR: [u8; 4] = [102u8, 151u8, 178u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlUnauthorizedAccount(address,bytes32)` and selector `0xe2517d3f`.
```solidity
error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub neededRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlUnauthorizedAccount) -> Self {
                (value.account, value.neededRole)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    neededRole: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlUnauthorizedAccount(address,bytes32)";
            const SELECTOR: [u8; 4] = [226u8, 81u8, 125u8, 63u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.neededRole),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AddressEmptyCode(address)` and selector `0x9996b315`.
```solidity
error AddressEmptyCode(address target);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AddressEmptyCode {
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AddressEmptyCode> for UnderlyingRustTuple<'_> {
            fn from(value: AddressEmptyCode) -> Self {
                (value.target,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AddressEmptyCode {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { target: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AddressEmptyCode {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AddressEmptyCode(address)";
            const SELECTOR: [u8; 4] = [153u8, 150u8, 179u8, 21u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.target,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `CommissionTooHigh(uint256,uint256)` and selector `0x2cdfe219`.
```solidity
error CommissionTooHigh(uint256 bps, uint256 maxBps);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CommissionTooHigh {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<CommissionTooHigh> for UnderlyingRustTuple<'_> {
            fn from(value: CommissionTooHigh) -> Self {
                (value.bps, value.maxBps)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CommissionTooHigh {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bps: tuple.0,
                    maxBps: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CommissionTooHigh {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CommissionTooHigh(uint256,uint256)";
            const SELECTOR: [u8; 4] = [44u8, 223u8, 226u8, 25u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxBps),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC1967InvalidImplementation(address)` and selector `0x4c9c8ce3`.
```solidity
error ERC1967InvalidImplementation(address implementation);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC1967InvalidImplementation {
        #[allow(missing_docs)]
        pub implementation: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC1967InvalidImplementation>
        for UnderlyingRustTuple<'_> {
            fn from(value: ERC1967InvalidImplementation) -> Self {
                (value.implementation,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ERC1967InvalidImplementation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { implementation: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC1967InvalidImplementation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC1967InvalidImplementation(address)";
            const SELECTOR: [u8; 4] = [76u8, 156u8, 140u8, 227u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.implementation,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC1967NonPayable()` and selector `0xb398979f`.
```solidity
error ERC1967NonPayable();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC1967NonPayable;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC1967NonPayable> for UnderlyingRustTuple<'_> {
            fn from(value: ERC1967NonPayable) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC1967NonPayable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC1967NonPayable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC1967NonPayable()";
            const SELECTOR: [u8; 4] = [179u8, 152u8, 151u8, 159u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `FailedCall()` and selector `0xd6bda275`.
```solidity
error FailedCall();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FailedCall;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<FailedCall> for UnderlyingRustTuple<'_> {
            fn from(value: FailedCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FailedCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FailedCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FailedCall()";
            const SELECTOR: [u8; 4] = [214u8, 189u8, 162u8, 117u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InsufficientShares(uint256,uint256)` and selector `0xcb1d8bba`.
```solidity
error InsufficientShares(uint256 shares, uint256 required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InsufficientShares {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub required: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InsufficientShares> for UnderlyingRustTuple<'_> {
            fn from(value: InsufficientShares) -> Self {
                (value.shares, value.required)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InsufficientShares {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    shares: tuple.0,
                    required: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InsufficientShares {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InsufficientShares(uint256,uint256)";
            const SELECTOR: [u8; 4] = [203u8, 29u8, 139u8, 186u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidInitialization()` and selector `0xf92ee8a9`.
```solidity
error InvalidInitialization();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidInitialization;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidInitialization> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidInitialization) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidInitialization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidInitialization {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidInitialization()";
            const SELECTOR: [u8; 4] = [249u8, 46u8, 232u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSlashBps(uint256)` and selector `0x44f7a0ae`.
```solidity
error InvalidSlashBps(uint256 bps);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSlashBps {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSlashBps> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSlashBps) -> Self {
                (value.bps,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSlashBps {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { bps: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSlashBps {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSlashBps(uint256)";
            const SELECTOR: [u8; 4] = [68u8, 247u8, 160u8, 174u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotInitializing()` and selector `0xd7e6bcf8`.
```solidity
error NotInitializing();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotInitializing;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotInitializing> for UnderlyingRustTuple<'_> {
            fn from(value: NotInitializing) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotInitializing {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotInitializing {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotInitializing()";
            const SELECTOR: [u8; 4] = [215u8, 230u8, 188u8, 248u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotNodeOperator(address)` and selector `0x9c9009ff`.
```solidity
error NotNodeOperator(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotNodeOperator {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotNodeOperator> for UnderlyingRustTuple<'_> {
            fn from(value: NotNodeOperator) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotNodeOperator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotNodeOperator {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotNodeOperator(address)";
            const SELECTOR: [u8; 4] = [156u8, 144u8, 9u8, 255u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotSelectionManager(address)` and selector `0x28b21fed`.
```solidity
error NotSelectionManager(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotSelectionManager {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotSelectionManager> for UnderlyingRustTuple<'_> {
            fn from(value: NotSelectionManager) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotSelectionManager {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotSelectionManager {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotSelectionManager(address)";
            const SELECTOR: [u8; 4] = [40u8, 178u8, 31u8, 237u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotTreasury(address)` and selector `0x4eac6112`.
```solidity
error NotTreasury(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotTreasury {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotTreasury> for UnderlyingRustTuple<'_> {
            fn from(value: NotTreasury) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotTreasury {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotTreasury {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotTreasury(address)";
            const SELECTOR: [u8; 4] = [78u8, 172u8, 97u8, 18u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NothingToClaim()` and selector `0x969bf728`.
```solidity
error NothingToClaim();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingToClaim;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NothingToClaim> for UnderlyingRustTuple<'_> {
            fn from(value: NothingToClaim) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingToClaim {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingToClaim {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingToClaim()";
            const SELECTOR: [u8; 4] = [150u8, 155u8, 247u8, 40u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NothingUnbonding()` and selector `0x262b9d74`.
```solidity
error NothingUnbonding();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingUnbonding;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NothingUnbonding> for UnderlyingRustTuple<'_> {
            fn from(value: NothingUnbonding) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingUnbonding {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingUnbonding {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingUnbonding()";
            const SELECTOR: [u8; 4] = [38u8, 43u8, 157u8, 116u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ParameterOutOfBounds(uint256,uint256,uint256)` and selector `0x4a112388`.
```solidity
error ParameterOutOfBounds(uint256 value, uint256 minimum, uint256 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ParameterOutOfBounds {
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub minimum: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maximum: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ParameterOutOfBounds> for UnderlyingRustTuple<'_> {
            fn from(value: ParameterOutOfBounds) -> Self {
                (value.value, value.minimum, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ParameterOutOfBounds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    value: tuple.0,
                    minimum: tuple.1,
                    maximum: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ParameterOutOfBounds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ParameterOutOfBounds(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [74u8, 17u8, 35u8, 136u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minimum),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maximum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PoolWiped(address)` and selector `0xb37702d6`.
```solidity
error PoolWiped(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PoolWiped {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PoolWiped> for UnderlyingRustTuple<'_> {
            fn from(value: PoolWiped) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PoolWiped {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PoolWiped {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PoolWiped(address)";
            const SELECTOR: [u8; 4] = [179u8, 119u8, 2u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RedelegationToSamePool(address)` and selector `0x8ae15df2`.
```solidity
error RedelegationToSamePool(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RedelegationToSamePool {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RedelegationToSamePool> for UnderlyingRustTuple<'_> {
            fn from(value: RedelegationToSamePool) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RedelegationToSamePool {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RedelegationToSamePool {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RedelegationToSamePool(address)";
            const SELECTOR: [u8; 4] = [138u8, 225u8, 93u8, 242u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RedelegationTooSoon(uint256,uint256)` and selector `0xdefb71f2`.
```solidity
error RedelegationTooSoon(uint256 redelegatedAt, uint256 allowedAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RedelegationTooSoon {
        #[allow(missing_docs)]
        pub redelegatedAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub allowedAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RedelegationTooSoon> for UnderlyingRustTuple<'_> {
            fn from(value: RedelegationTooSoon) -> Self {
                (value.redelegatedAt, value.allowedAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RedelegationTooSoon {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    redelegatedAt: tuple.0,
                    allowedAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RedelegationTooSoon {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RedelegationTooSoon(uint256,uint256)";
            const SELECTOR: [u8; 4] = [222u8, 251u8, 113u8, 242u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.redelegatedAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.allowedAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeCastOverflowedUintDowncast(uint8,uint256)` and selector `0x6dfcc650`.
```solidity
error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeCastOverflowedUintDowncast {
        #[allow(missing_docs)]
        pub bits: u8,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeCastOverflowedUintDowncast>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeCastOverflowedUintDowncast) -> Self {
                (value.bits, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeCastOverflowedUintDowncast {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bits: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeCastOverflowedUintDowncast {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeCastOverflowedUintDowncast(uint8,uint256)";
            const SELECTOR: [u8; 4] = [109u8, 252u8, 198u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.bits),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SelfDelegation(address)` and selector `0xd556be93`.
```solidity
error SelfDelegation(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SelfDelegation {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SelfDelegation> for UnderlyingRustTuple<'_> {
            fn from(value: SelfDelegation) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SelfDelegation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SelfDelegation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SelfDelegation(address)";
            const SELECTOR: [u8; 4] = [213u8, 86u8, 190u8, 147u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StillUnbonding(uint256)` and selector `0xdd9c8943`.
```solidity
error StillUnbonding(uint256 releaseAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StillUnbonding {
        #[allow(missing_docs)]
        pub releaseAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StillUnbonding> for UnderlyingRustTuple<'_> {
            fn from(value: StillUnbonding) -> Self {
                (value.releaseAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StillUnbonding {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { releaseAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StillUnbonding {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StillUnbonding(uint256)";
            const SELECTOR: [u8; 4] = [221u8, 156u8, 137u8, 67u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.releaseAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UUPSUnauthorizedCallContext()` and selector `0xe07c8dba`.
```solidity
error UUPSUnauthorizedCallContext();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UUPSUnauthorizedCallContext;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UUPSUnauthorizedCallContext>
        for UnderlyingRustTuple<'_> {
            fn from(value: UUPSUnauthorizedCallContext) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for UUPSUnauthorizedCallContext {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UUPSUnauthorizedCallContext {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UUPSUnauthorizedCallContext()";
            const SELECTOR: [u8; 4] = [224u8, 124u8, 141u8, 186u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UUPSUnsupportedProxiableUUID(bytes32)` and selector `0xaa1d49a4`.
```solidity
error UUPSUnsupportedProxiableUUID(bytes32 slot);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UUPSUnsupportedProxiableUUID {
        #[allow(missing_docs)]
        pub slot: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UUPSUnsupportedProxiableUUID>
        for UnderlyingRustTuple<'_> {
            fn from(value: UUPSUnsupportedProxiableUUID) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for UUPSUnsupportedProxiableUUID {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UUPSUnsupportedProxiableUUID {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UUPSUnsupportedProxiableUUID(bytes32)";
            const SELECTOR: [u8; 4] = [170u8, 29u8, 73u8, 164u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slot),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `WeightExceeded(uint256,uint256)` and selector `0xf47111b3`.
```solidity
error WeightExceeded(uint256 weight, uint256 removed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WeightExceeded {
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub removed: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<WeightExceeded> for UnderlyingRustTuple<'_> {
            fn from(value: WeightExceeded) -> Self {
                (value.weight, value.removed)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WeightExceeded {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    weight: tuple.0,
                    removed: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WeightExceeded {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WeightExceeded(uint256,uint256)";
            const SELECTOR: [u8; 4] = [244u8, 113u8, 17u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.weight),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.removed),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroAddress()` and selector `0xd92e233d`.
```solidity
error ZeroAddress();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAddress;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAddress()";
            const SELECTOR: [u8; 4] = [217u8, 46u8, 35u8, 61u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroAmount()` and selector `0x1f2a2005`.
```solidity
error ZeroAmount();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAmount;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroAmount> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAmount) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAmount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAmount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAmount()";
            const SELECTOR: [u8; 4] = [31u8, 42u8, 32u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroShares(uint256)` and selector `0xdc6d336e`.
```solidity
error ZeroShares(uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroShares {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroShares> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroShares) -> Self {
                (value.amount,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroShares {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { amount: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroShares {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroShares(uint256)";
            const SELECTOR: [u8; 4] = [220u8, 109u8, 51u8, 110u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CommissionChangeScheduled(address,uint256,uint256,uint256)` and selector `0xa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e`.
```solidity
event CommissionChangeScheduled(address indexed operator, uint256 previousBps, uint256 newBps, uint256 effectiveAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CommissionChangeScheduled {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub effectiveAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CommissionChangeScheduled {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "CommissionChangeScheduled(address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                165u8, 99u8, 229u8, 137u8, 169u8, 83u8, 220u8, 192u8, 199u8, 130u8,
                220u8, 225u8, 35u8, 1u8, 151u8, 48u8, 240u8, 222u8, 193u8, 28u8, 131u8,
                225u8, 219u8, 12u8, 202u8, 138u8, 123u8, 129u8, 97u8, 205u8, 243u8, 14u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    previousBps: data.0,
                    newBps: data.1,
                    effectiveAt: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.effectiveAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CommissionChangeScheduled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CommissionChangeScheduled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &CommissionChangeScheduled,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CommissionUpdated(address,uint256,uint256)` and selector `0x6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5`.
```solidity
event CommissionUpdated(address indexed operator, uint256 previousBps, uint256 newBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CommissionUpdated {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CommissionUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "CommissionUpdated(address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                110u8, 80u8, 13u8, 179u8, 12u8, 229u8, 53u8, 211u8, 136u8, 82u8, 227u8,
                24u8, 243u8, 51u8, 233u8, 190u8, 65u8, 163u8, 254u8, 198u8, 198u8, 93u8,
                35u8, 78u8, 187u8, 6u8, 32u8, 60u8, 137u8, 109u8, 185u8, 165u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    previousBps: data.0,
                    newBps: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CommissionUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CommissionUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &CommissionUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Delegated(address,address,uint256,uint256)` and selector `0x24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e04`.
```solidity
event Delegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Delegated {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Delegated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Delegated(address,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                36u8, 215u8, 189u8, 168u8, 96u8, 43u8, 145u8, 109u8, 100u8, 65u8, 127u8,
                13u8, 191u8, 226u8, 226u8, 232u8, 142u8, 201u8, 177u8, 21u8, 123u8,
                217u8, 245u8, 150u8, 223u8, 219u8, 145u8, 186u8, 38u8, 98u8, 78u8, 4u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    shares: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Delegated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Delegated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Delegated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DelegationWithdrawn(address,address,uint256,uint256)` and selector `0x7d42dab474bcfdb4a6f746b2536f45af4c2c02edf62bad49c538b4a2a766cb94`.
```solidity
event DelegationWithdrawn(address indexed delegator, address indexed operator, uint256 amount, uint256 unbondingShares);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct DelegationWithdrawn {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DelegationWithdrawn {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "DelegationWithdrawn(address,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                125u8, 66u8, 218u8, 180u8, 116u8, 188u8, 253u8, 180u8, 166u8, 247u8,
                70u8, 178u8, 83u8, 111u8, 69u8, 175u8, 76u8, 44u8, 2u8, 237u8, 246u8,
                43u8, 173u8, 73u8, 197u8, 56u8, 180u8, 162u8, 167u8, 102u8, 203u8, 148u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    unbondingShares: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DelegationWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DelegationWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DelegationWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Initialized(uint64)` and selector `0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2`.
```solidity
event Initialized(uint64 version);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Initialized {
        #[allow(missing_docs)]
        pub version: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Initialized {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "Initialized(uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                199u8, 245u8, 5u8, 178u8, 243u8, 113u8, 174u8, 33u8, 117u8, 238u8, 73u8,
                19u8, 244u8, 73u8, 158u8, 31u8, 38u8, 51u8, 167u8, 181u8, 147u8, 99u8,
                33u8, 238u8, 209u8, 205u8, 174u8, 182u8, 17u8, 81u8, 129u8, 210u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { version: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Initialized {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Initialized> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Initialized) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `MaxCommissionBpsUpdated(uint256,uint256)` and selector `0x7c33200d56c4374852239f90138dd63bb8ff75fb4e790dd61c94faacbd57d1d2`.
```solidity
event MaxCommissionBpsUpdated(uint256 previousBps, uint256 newBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct MaxCommissionBpsUpdated {
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for MaxCommissionBpsUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "MaxCommissionBpsUpdated(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                124u8, 51u8, 32u8, 13u8, 86u8, 196u8, 55u8, 72u8, 82u8, 35u8, 159u8,
                144u8, 19u8, 141u8, 214u8, 59u8, 184u8, 255u8, 117u8, 251u8, 78u8, 121u8,
                13u8, 214u8, 28u8, 148u8, 250u8, 172u8, 189u8, 87u8, 209u8, 210u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousBps: data.0,
                    newBps: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for MaxCommissionBpsUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&MaxCommissionBpsUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &MaxCommissionBpsUpdated,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `MinimumSelfStakeBpsUpdated(uint256,uint256)` and selector `0x2349fea6da333fc947eb02459a897d904548a597fd037cf78a43190233f77ef2`.
```solidity
event MinimumSelfStakeBpsUpdated(uint256 previousBps, uint256 newBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct MinimumSelfStakeBpsUpdated {
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for MinimumSelfStakeBpsUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "MinimumSelfStakeBpsUpdated(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                35u8, 73u8, 254u8, 166u8, 218u8, 51u8, 63u8, 201u8, 71u8, 235u8, 2u8,
                69u8, 154u8, 137u8, 125u8, 144u8, 69u8, 72u8, 165u8, 151u8, 253u8, 3u8,
                124u8, 247u8, 138u8, 67u8, 25u8, 2u8, 51u8, 247u8, 126u8, 242u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousBps: data.0,
                    newBps: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for MinimumSelfStakeBpsUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&MinimumSelfStakeBpsUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &MinimumSelfStakeBpsUpdated,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnStakeUpdated(address,uint256,uint256)` and selector `0xd56c9a3c54988fcfab7c428b06c2019f7d3539a3c6a95ba7a0f6011aa7f2be27`.
```solidity
event OwnStakeUpdated(address indexed operator, uint256 previousStake, uint256 newStake);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnStakeUpdated {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub previousStake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OwnStakeUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnStakeUpdated(address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                213u8, 108u8, 154u8, 60u8, 84u8, 152u8, 143u8, 207u8, 171u8, 124u8, 66u8,
                139u8, 6u8, 194u8, 1u8, 159u8, 125u8, 53u8, 57u8, 163u8, 198u8, 169u8,
                91u8, 167u8, 160u8, 246u8, 1u8, 26u8, 167u8, 242u8, 190u8, 39u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    previousStake: data.0,
                    newStake: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousStake),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newStake),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnStakeUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnStakeUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OwnStakeUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PoolSlashed(address,uint256,uint256,uint256)` and selector `0x9966fe2387915775b6595a7ed090b53809e9949aa30db32f6496476436ce87ab`.
```solidity
event PoolSlashed(address indexed operator, uint256 bps, uint256 fromDelegated, uint256 fromUnbonding);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct PoolSlashed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub fromDelegated: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub fromUnbonding: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PoolSlashed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PoolSlashed(address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                153u8, 102u8, 254u8, 35u8, 135u8, 145u8, 87u8, 117u8, 182u8, 89u8, 90u8,
                126u8, 208u8, 144u8, 181u8, 56u8, 9u8, 233u8, 148u8, 154u8, 163u8, 13u8,
                179u8, 47u8, 100u8, 150u8, 71u8, 100u8, 54u8, 206u8, 135u8, 171u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    bps: data.0,
                    fromDelegated: data.1,
                    fromUnbonding: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.fromDelegated),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.fromUnbonding),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PoolSlashed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PoolSlashed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PoolSlashed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Redelegated(address,address,address,uint256,uint256,uint256)` and selector `0xfdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b4`.
```solidity
event Redelegated(address indexed delegator, address indexed from, address indexed to, uint256 amount, uint256 sharesBurned, uint256 sharesMinted);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Redelegated {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub sharesBurned: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub sharesMinted: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Redelegated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Redelegated(address,address,address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                253u8, 172u8, 110u8, 129u8, 145u8, 57u8, 150u8, 217u8, 90u8, 188u8,
                194u8, 137u8, 233u8, 15u8, 45u8, 139u8, 210u8, 53u8, 72u8, 124u8, 230u8,
                254u8, 111u8, 130u8, 30u8, 125u8, 33u8, 0u8, 42u8, 25u8, 21u8, 180u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    from: topics.2,
                    to: topics.3,
                    amount: data.0,
                    sharesBurned: data.1,
                    sharesMinted: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.sharesBurned),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.sharesMinted),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.from.clone(),
                    self.to.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.from,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.to,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Redelegated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Redelegated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Redelegated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleAdminChanged(bytes32,bytes32,bytes32)` and selector `0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff`.
```solidity
event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleAdminChanged {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub previousAdminRole: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub newAdminRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleAdminChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RoleAdminChanged(bytes32,bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    previousAdminRole: topics.2,
                    newAdminRole: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.previousAdminRole.clone(),
                    self.newAdminRole.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.previousAdminRole);
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.newAdminRole);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleAdminChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleAdminChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleAdminChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleGranted(bytes32,address,address)` and selector `0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d`.
```solidity
event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleGranted {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleGranted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleGranted(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleRevoked(bytes32,address,address)` and selector `0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b`.
```solidity
event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleRevoked {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleRevoked(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `StakingRewardsClaimed(address,address,uint256)` and selector `0xd522216d6806ed90440f20c2eb6bc70deaf0891daa7495185b7a1554dbccb8f9`.
```solidity
event StakingRewardsClaimed(address indexed account, address indexed operator, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct StakingRewardsClaimed {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for StakingRewardsClaimed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "StakingRewardsClaimed(address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                213u8, 34u8, 33u8, 109u8, 104u8, 6u8, 237u8, 144u8, 68u8, 15u8, 32u8,
                194u8, 235u8, 107u8, 199u8, 13u8, 234u8, 240u8, 137u8, 29u8, 170u8,
                116u8, 149u8, 24u8, 91u8, 122u8, 21u8, 84u8, 219u8, 204u8, 184u8, 249u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    account: topics.1,
                    operator: topics.2,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.account.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for StakingRewardsClaimed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&StakingRewardsClaimed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &StakingRewardsClaimed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `StakingRewardsNotified(uint256,uint256)` and selector `0x67cad59e5958c068210b57b4b01f1660b6245332de94b4ef491e7bd740485955`.
```solidity
event StakingRewardsNotified(uint256 amount, uint256 indexed interval);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct StakingRewardsNotified {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub interval: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for StakingRewardsNotified {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "StakingRewardsNotified(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                103u8, 202u8, 213u8, 158u8, 89u8, 88u8, 192u8, 104u8, 33u8, 11u8, 87u8,
                180u8, 176u8, 31u8, 22u8, 96u8, 182u8, 36u8, 83u8, 50u8, 222u8, 148u8,
                180u8, 239u8, 73u8, 30u8, 123u8, 215u8, 64u8, 72u8, 89u8, 85u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    amount: data.0,
                    interval: topics.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.interval.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.interval);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for StakingRewardsNotified {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&StakingRewardsNotified> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &StakingRewardsNotified) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Undelegated(address,address,uint256,uint256,uint256,uint256)` and selector `0x011e2a8a48c6176856fb5437f7dfb90f4f7306e41cda414c3716217bd24c91db`.
```solidity
event Undelegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares, uint256 unbondingShares, uint256 releaseAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Undelegated {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub releaseAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Undelegated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Undelegated(address,address,uint256,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                1u8, 30u8, 42u8, 138u8, 72u8, 198u8, 23u8, 104u8, 86u8, 251u8, 84u8,
                55u8, 247u8, 223u8, 185u8, 15u8, 79u8, 115u8, 6u8, 228u8, 28u8, 218u8,
                65u8, 76u8, 55u8, 22u8, 33u8, 123u8, 210u8, 76u8, 145u8, 219u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    shares: data.1,
                    unbondingShares: data.2,
                    releaseAt: data.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.releaseAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Undelegated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Undelegated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Undelegated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Upgraded(address)` and selector `0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b`.
```solidity
event Upgraded(address indexed implementation);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Upgraded {
        #[allow(missing_docs)]
        pub implementation: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Upgraded {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Upgraded(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                188u8, 124u8, 215u8, 90u8, 32u8, 238u8, 39u8, 253u8, 154u8, 222u8, 186u8,
                179u8, 32u8, 65u8, 247u8, 85u8, 33u8, 77u8, 188u8, 107u8, 255u8, 169u8,
                12u8, 192u8, 34u8, 91u8, 57u8, 218u8, 46u8, 92u8, 45u8, 59u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { implementation: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.implementation.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.implementation,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Upgraded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Upgraded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Upgraded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {}
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_ADMIN_ROLE()` and selector `0xa217fddf`.
```solidity
function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_ADMIN_ROLE()`](DEFAULT_ADMIN_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_ADMIN_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_ADMIN_ROLE()";
            const SELECTOR: [u8; 4] = [162u8, 23u8, 253u8, 223u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MAX_COMMISSION_BPS()` and selector `0x262ddec3`.
```solidity
function DEFAULT_MAX_COMMISSION_BPS() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_COMMISSION_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MAX_COMMISSION_BPS()`](DEFAULT_MAX_COMMISSION_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_COMMISSION_BPSReturn {
        #[allow(missing_docs)]
        pub _0: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MAX_COMMISSION_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_COMMISSION_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_COMMISSION_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MAX_COMMISSION_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_COMMISSION_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_COMMISSION_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MAX_COMMISSION_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MAX_COMMISSION_BPS()";
            const SELECTOR: [u8; 4] = [38u8, 45u8, 222u8, 195u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_MAX_COMMISSION_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_MAX_COMMISSION_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MINIMUM_SELF_STAKE_BPS()` and selector `0xd7afee47`.
```solidity
function DEFAULT_MINIMUM_SELF_STAKE_BPS() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MINIMUM_SELF_STAKE_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MINIMUM_SELF_STAKE_BPS()`](DEFAULT_MINIMUM_SELF_STAKE_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MINIMUM_SELF_STAKE_BPSReturn {
        #[allow(missing_docs)]
        pub _0: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MINIMUM_SELF_STAKE_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MINIMUM_SELF_STAKE_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MINIMUM_SELF_STAKE_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MINIMUM_SELF_STAKE_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MINIMUM_SELF_STAKE_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MINIMUM_SELF_STAKE_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MINIMUM_SELF_STAKE_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MINIMUM_SELF_STAKE_BPS()";
            const SELECTOR: [u8; 4] = [215u8, 175u8, 238u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_MINIMUM_SELF_STAKE_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_MINIMUM_SELF_STAKE_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_COMMISSION_CAP_BPS()` and selector `0x1b910377`.
```solidity
function MAX_COMMISSION_CAP_BPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_COMMISSION_CAP_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_COMMISSION_CAP_BPS()`](MAX_COMMISSION_CAP_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_COMMISSION_CAP_BPSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_COMMISSION_CAP_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_COMMISSION_CAP_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_COMMISSION_CAP_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_COMMISSION_CAP_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_COMMISSION_CAP_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_COMMISSION_CAP_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_COMMISSION_CAP_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_COMMISSION_CAP_BPS()";
            const SELECTOR: [u8; 4] = [27u8, 145u8, 3u8, 119u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_COMMISSION_CAP_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_COMMISSION_CAP_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_SELF_STAKE_FLOOR_BPS()` and selector `0x7c8c3394`.
```solidity
function MIN_SELF_STAKE_FLOOR_BPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_SELF_STAKE_FLOOR_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_SELF_STAKE_FLOOR_BPS()`](MIN_SELF_STAKE_FLOOR_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_SELF_STAKE_FLOOR_BPSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MIN_SELF_STAKE_FLOOR_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_SELF_STAKE_FLOOR_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_SELF_STAKE_FLOOR_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MIN_SELF_STAKE_FLOOR_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_SELF_STAKE_FLOOR_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_SELF_STAKE_FLOOR_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_SELF_STAKE_FLOOR_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_SELF_STAKE_FLOOR_BPS()";
            const SELECTOR: [u8; 4] = [124u8, 140u8, 51u8, 148u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MIN_SELF_STAKE_FLOOR_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MIN_SELF_STAKE_FLOOR_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `REWARD_INTERVAL()` and selector `0x5dbdda69`.
```solidity
function REWARD_INTERVAL() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REWARD_INTERVALCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`REWARD_INTERVAL()`](REWARD_INTERVALCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REWARD_INTERVALReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<REWARD_INTERVALCall> for UnderlyingRustTuple<'_> {
                fn from(value: REWARD_INTERVALCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for REWARD_INTERVALCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<REWARD_INTERVALReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: REWARD_INTERVALReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for REWARD_INTERVALReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for REWARD_INTERVALCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "REWARD_INTERVAL()";
            const SELECTOR: [u8; 4] = [93u8, 189u8, 218u8, 105u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: REWARD_INTERVALReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: REWARD_INTERVALReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `UPGRADE_INTERFACE_VERSION()` and selector `0xad3cb1cc`.
```solidity
function UPGRADE_INTERFACE_VERSION() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UPGRADE_INTERFACE_VERSIONCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`UPGRADE_INTERFACE_VERSION()`](UPGRADE_INTERFACE_VERSIONCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UPGRADE_INTERFACE_VERSIONReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UPGRADE_INTERFACE_VERSIONCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: UPGRADE_INTERFACE_VERSIONCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for UPGRADE_INTERFACE_VERSIONCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UPGRADE_INTERFACE_VERSIONReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: UPGRADE_INTERFACE_VERSIONReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for UPGRADE_INTERFACE_VERSIONReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for UPGRADE_INTERFACE_VERSIONCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UPGRADE_INTERFACE_VERSION()";
            const SELECTOR: [u8; 4] = [173u8, 60u8, 177u8, 204u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: UPGRADE_INTERFACE_VERSIONReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: UPGRADE_INTERFACE_VERSIONReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claimStakingRewards(address)` and selector `0x96bb1fef`.
```solidity
function claimStakingRewards(address operator) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimStakingRewardsCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`claimStakingRewards(address)`](claimStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimStakingRewardsReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimStakingRewardsCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimStakingRewardsReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimStakingRewardsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claimStakingRewards(address)";
            const SELECTOR: [u8; 4] = [150u8, 187u8, 31u8, 239u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: claimStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: claimStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claimableStakingRewards(address,address)` and selector `0x543be731`.
```solidity
function claimableStakingRewards(address operator, address account) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimableStakingRewardsCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`claimableStakingRewards(address,address)`](claimableStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimableStakingRewardsReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimableStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimableStakingRewardsCall) -> Self {
                    (value.operator, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimableStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimableStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimableStakingRewardsReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimableStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimableStakingRewardsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claimableStakingRewards(address,address)";
            const SELECTOR: [u8; 4] = [84u8, 59u8, 231u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: claimableStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: claimableStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegate(address,uint256)` and selector `0x026e402b`.
```solidity
function delegate(address operator, uint256 amount) external returns (uint256 shares);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegateCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegate(address,uint256)`](delegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegateReturn {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegateCall) -> Self {
                    (value.operator, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        amount: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegateReturn) -> Self {
                    (value.shares,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { shares: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegate(address,uint256)";
            const SELECTOR: [u8; 4] = [2u8, 110u8, 64u8, 43u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: delegateReturn = r.into();
                        r.shares
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: delegateReturn = r.into();
                        r.shares
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegatedTo(address)` and selector `0x65da1264`.
```solidity
function delegatedTo(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegatedToCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegatedTo(address)`](delegatedToCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegatedToReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegatedToCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegatedToCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegatedToCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegatedToReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegatedToReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegatedToReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegatedToCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegatedTo(address)";
            const SELECTOR: [u8; 4] = [101u8, 218u8, 18u8, 100u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: delegatedToReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: delegatedToReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegation(address,address)` and selector `0x046d3307`.
```solidity
function delegation(address delegator, address operator) external view returns (IDelegation.DelegationView memory view_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegationCall {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegation(address,address)`](delegationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegationReturn {
        #[allow(missing_docs)]
        pub view_: <IDelegation::DelegationView as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegationCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegationCall) -> Self {
                    (value.delegator, value.operator)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        delegator: tuple.0,
                        operator: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IDelegation::DelegationView,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IDelegation::DelegationView as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegationReturn) -> Self {
                    (value.view_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { view_: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegationCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IDelegation::DelegationView as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IDelegation::DelegationView,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegation(address,address)";
            const SELECTOR: [u8; 4] = [4u8, 109u8, 51u8, 7u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IDelegation::DelegationView as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: delegationReturn = r.into();
                        r.view_
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: delegationReturn = r.into();
                        r.view_
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRoleAdmin(bytes32)` and selector `0x248a9ca3`.
```solidity
function getRoleAdmin(bytes32 role) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getRoleAdmin(bytes32)`](getRoleAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminCall) -> Self {
                    (value.role,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRoleAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRoleAdmin(bytes32)";
            const SELECTOR: [u8; 4] = [36u8, 138u8, 156u8, 163u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantRole(bytes32,address)` and selector `0x2f2ff15d`.
```solidity
function grantRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`grantRole(bytes32,address)`](grantRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantRoleReturn {
            fn _tokenize(
                &self,
            ) -> <grantRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [47u8, 47u8, 241u8, 93u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hasRole(bytes32,address)` and selector `0x91d14854`.
```solidity
function hasRole(bytes32 role, address account) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasRole(bytes32,address)`](hasRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [145u8, 209u8, 72u8, 84u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `heldStakingRewards()` and selector `0x39955cf4`.
```solidity
function heldStakingRewards() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct heldStakingRewardsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`heldStakingRewards()`](heldStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct heldStakingRewardsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<heldStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: heldStakingRewardsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for heldStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<heldStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: heldStakingRewardsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for heldStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for heldStakingRewardsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "heldStakingRewards()";
            const SELECTOR: [u8; 4] = [57u8, 149u8, 92u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: heldStakingRewardsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: heldStakingRewardsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `initialize(address,address,address,address)` and selector `0xf8c8765e`.
```solidity
function initialize(address admin, address selectionManager_, address treasury_, address xmtpToken_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct initializeCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub selectionManager_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub xmtpToken_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`initialize(address,address,address,address)`](initializeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct initializeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<initializeCall> for UnderlyingRustTuple<'_> {
                fn from(value: initializeCall) -> Self {
                    (
                        value.admin,
                        value.selectionManager_,
                        value.treasury_,
                        value.xmtpToken_,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for initializeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        admin: tuple.0,
                        selectionManager_: tuple.1,
                        treasury_: tuple.2,
                        xmtpToken_: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<initializeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: initializeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for initializeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl initializeReturn {
            fn _tokenize(
                &self,
            ) -> <initializeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for initializeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = initializeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "initialize(address,address,address,address)";
            const SELECTOR: [u8; 4] = [248u8, 200u8, 118u8, 94u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.admin,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.selectionManager_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.xmtpToken_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                initializeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `intervalOf(uint256)` and selector `0xb369af71`.
```solidity
function intervalOf(uint256 timestamp) external pure returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct intervalOfCall {
        #[allow(missing_docs)]
        pub timestamp: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`intervalOf(uint256)`](intervalOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct intervalOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<intervalOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: intervalOfCall) -> Self {
                    (value.timestamp,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for intervalOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { timestamp: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<intervalOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: intervalOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for intervalOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for intervalOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "intervalOf(uint256)";
            const SELECTOR: [u8; 4] = [179u8, 105u8, 175u8, 113u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timestamp),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: intervalOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: intervalOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isEligible(address,uint256,uint256)` and selector `0x3281a78e`.
```solidity
function isEligible(address operator, uint256 ownStake, uint256 minimumStake) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isEligibleCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ownStake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub minimumStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isEligible(address,uint256,uint256)`](isEligibleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isEligibleReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isEligibleCall> for UnderlyingRustTuple<'_> {
                fn from(value: isEligibleCall) -> Self {
                    (value.operator, value.ownStake, value.minimumStake)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isEligibleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        ownStake: tuple.1,
                        minimumStake: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isEligibleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isEligibleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isEligibleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isEligibleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isEligible(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [50u8, 129u8, 167u8, 142u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.ownStake),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minimumStake),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isEligibleReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isEligibleReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `maxCommissionBps()` and selector `0x3e17b600`.
```solidity
function maxCommissionBps() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxCommissionBpsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`maxCommissionBps()`](maxCommissionBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxCommissionBpsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<maxCommissionBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: maxCommissionBpsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for maxCommissionBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<maxCommissionBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: maxCommissionBpsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for maxCommissionBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for maxCommissionBpsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "maxCommissionBps()";
            const SELECTOR: [u8; 4] = [62u8, 23u8, 182u8, 0u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: maxCommissionBpsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: maxCommissionBpsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `minimumSelfStakeBps()` and selector `0x64818bd1`.
```solidity
function minimumSelfStakeBps() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct minimumSelfStakeBpsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`minimumSelfStakeBps()`](minimumSelfStakeBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct minimumSelfStakeBpsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<minimumSelfStakeBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: minimumSelfStakeBpsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for minimumSelfStakeBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<minimumSelfStakeBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: minimumSelfStakeBpsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for minimumSelfStakeBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for minimumSelfStakeBpsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "minimumSelfStakeBps()";
            const SELECTOR: [u8; 4] = [100u8, 129u8, 139u8, 209u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: minimumSelfStakeBpsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: minimumSelfStakeBpsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nodes()` and selector `0x5db82fa0`.
```solidity
function nodes() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodesCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nodes()`](nodesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodesCall> for UnderlyingRustTuple<'_> {
                fn from(value: nodesCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nodesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nodesCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nodes()";
            const SELECTOR: [u8; 4] = [93u8, 184u8, 47u8, 160u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nodesReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: nodesReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `notifyStakingRewards(uint256)` and selector `0x63264baa`.
```solidity
function notifyStakingRewards(uint256 amount) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct notifyStakingRewardsCall {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`notifyStakingRewards(uint256)`](notifyStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct notifyStakingRewardsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<notifyStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: notifyStakingRewardsCall) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for notifyStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<notifyStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: notifyStakingRewardsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for notifyStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl notifyStakingRewardsReturn {
            fn _tokenize(
                &self,
            ) -> <notifyStakingRewardsCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for notifyStakingRewardsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = notifyStakingRewardsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "notifyStakingRewards(uint256)";
            const SELECTOR: [u8; 4] = [99u8, 38u8, 75u8, 170u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                notifyStakingRewardsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onOwnStakeChanged(address,uint256)` and selector `0x08ac776b`.
```solidity
function onOwnStakeChanged(address operator, uint256 newStake) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onOwnStakeChangedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`onOwnStakeChanged(address,uint256)`](onOwnStakeChangedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onOwnStakeChangedReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onOwnStakeChangedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: onOwnStakeChangedCall) -> Self {
                    (value.operator, value.newStake)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onOwnStakeChangedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        newStake: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onOwnStakeChangedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: onOwnStakeChangedReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onOwnStakeChangedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl onOwnStakeChangedReturn {
            fn _tokenize(
                &self,
            ) -> <onOwnStakeChangedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onOwnStakeChangedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = onOwnStakeChangedReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onOwnStakeChanged(address,uint256)";
            const SELECTOR: [u8; 4] = [8u8, 172u8, 119u8, 107u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newStake),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                onOwnStakeChangedReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onSlashed(address,uint256,uint256)` and selector `0x80af6ff6`.
```solidity
function onSlashed(address operator, uint256 bps, uint256 newOwnStake) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onSlashedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newOwnStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`onSlashed(address,uint256,uint256)`](onSlashedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onSlashedReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onSlashedCall> for UnderlyingRustTuple<'_> {
                fn from(value: onSlashedCall) -> Self {
                    (value.operator, value.bps, value.newOwnStake)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for onSlashedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        bps: tuple.1,
                        newOwnStake: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onSlashedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: onSlashedReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for onSlashedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onSlashedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onSlashed(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [128u8, 175u8, 111u8, 246u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newOwnStake),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: onSlashedReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: onSlashedReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `operatorRewards(address)` and selector `0x41a2b8d6`.
```solidity
function operatorRewards(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorRewardsCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`operatorRewards(address)`](operatorRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorRewardsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorRewardsCall> for UnderlyingRustTuple<'_> {
                fn from(value: operatorRewardsCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: operatorRewardsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for operatorRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for operatorRewardsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "operatorRewards(address)";
            const SELECTOR: [u8; 4] = [65u8, 162u8, 184u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: operatorRewardsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: operatorRewardsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pool(address)` and selector `0x156522a8`.
```solidity
function pool(address operator) external view returns (IDelegation.PoolView memory view_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct poolCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pool(address)`](poolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct poolReturn {
        #[allow(missing_docs)]
        pub view_: <IDelegation::PoolView as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<poolCall> for UnderlyingRustTuple<'_> {
                fn from(value: poolCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for poolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IDelegation::PoolView,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IDelegation::PoolView as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<poolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: poolReturn) -> Self {
                    (value.view_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for poolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { view_: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for poolCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IDelegation::PoolView as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IDelegation::PoolView,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pool(address)";
            const SELECTOR: [u8; 4] = [21u8, 101u8, 34u8, 168u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IDelegation::PoolView as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: poolReturn = r.into();
                        r.view_
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: poolReturn = r.into();
                        r.view_
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proxiableUUID()` and selector `0x52d1902d`.
```solidity
function proxiableUUID() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proxiableUUIDCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proxiableUUID()`](proxiableUUIDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proxiableUUIDReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proxiableUUIDCall> for UnderlyingRustTuple<'_> {
                fn from(value: proxiableUUIDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proxiableUUIDCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proxiableUUIDReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proxiableUUIDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proxiableUUIDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proxiableUUIDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proxiableUUID()";
            const SELECTOR: [u8; 4] = [82u8, 209u8, 144u8, 45u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proxiableUUIDReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proxiableUUIDReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `redelegate(address,address,uint256)` and selector `0x6bd8f804`.
```solidity
function redelegate(address from, address to, uint256 amount) external returns (uint256 sharesMinted);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct redelegateCall {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`redelegate(address,address,uint256)`](redelegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct redelegateReturn {
        #[allow(missing_docs)]
        pub sharesMinted: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<redelegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: redelegateCall) -> Self {
                    (value.from, value.to, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for redelegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        from: tuple.0,
                        to: tuple.1,
                        amount: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<redelegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: redelegateReturn) -> Self {
                    (value.sharesMinted,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for redelegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { sharesMinted: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for redelegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "redelegate(address,address,uint256)";
            const SELECTOR: [u8; 4] = [107u8, 216u8, 248u8, 4u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.from,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: redelegateReturn = r.into();
                        r.sharesMinted
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: redelegateReturn = r.into();
                        r.sharesMinted
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceRole(bytes32,address)` and selector `0x36568abe`.
```solidity
function renounceRole(bytes32 role, address callerConfirmation) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub callerConfirmation: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`renounceRole(bytes32,address)`](renounceRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleCall) -> Self {
                    (value.role, value.callerConfirmation)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        callerConfirmation: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceRoleReturn {
            fn _tokenize(
                &self,
            ) -> <renounceRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [54u8, 86u8, 138u8, 190u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.callerConfirmation,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeRole(bytes32,address)` and selector `0xd547741f`.
```solidity
function revokeRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`revokeRole(bytes32,address)`](revokeRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeRoleReturn {
            fn _tokenize(
                &self,
            ) -> <revokeRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [213u8, 71u8, 116u8, 31u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `selectionManager()` and selector `0x3e91adca`.
```solidity
function selectionManager() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct selectionManagerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`selectionManager()`](selectionManagerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct selectionManagerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<selectionManagerCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: selectionManagerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for selectionManagerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<selectionManagerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: selectionManagerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for selectionManagerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for selectionManagerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "selectionManager()";
            const SELECTOR: [u8; 4] = [62u8, 145u8, 173u8, 202u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: selectionManagerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: selectionManagerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setCommission(uint256)` and selector `0x355e6b43`.
```solidity
function setCommission(uint256 bps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCommissionCall {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setCommission(uint256)`](setCommissionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCommissionReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setCommissionCall> for UnderlyingRustTuple<'_> {
                fn from(value: setCommissionCall) -> Self {
                    (value.bps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setCommissionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bps: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setCommissionReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setCommissionReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setCommissionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setCommissionReturn {
            fn _tokenize(
                &self,
            ) -> <setCommissionCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setCommissionCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setCommissionReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setCommission(uint256)";
            const SELECTOR: [u8; 4] = [53u8, 94u8, 107u8, 67u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setCommissionReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setMaxCommissionBps(uint256)` and selector `0x845dae24`.
```solidity
function setMaxCommissionBps(uint256 bps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMaxCommissionBpsCall {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setMaxCommissionBps(uint256)`](setMaxCommissionBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMaxCommissionBpsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMaxCommissionBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMaxCommissionBpsCall) -> Self {
                    (value.bps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMaxCommissionBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bps: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMaxCommissionBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMaxCommissionBpsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMaxCommissionBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setMaxCommissionBpsReturn {
            fn _tokenize(
                &self,
            ) -> <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setMaxCommissionBpsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setMaxCommissionBpsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setMaxCommissionBps(uint256)";
            const SELECTOR: [u8; 4] = [132u8, 93u8, 174u8, 36u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setMaxCommissionBpsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setMinimumSelfStakeBps(uint256)` and selector `0x0995ad4c`.
```solidity
function setMinimumSelfStakeBps(uint256 bps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMinimumSelfStakeBpsCall {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setMinimumSelfStakeBps(uint256)`](setMinimumSelfStakeBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMinimumSelfStakeBpsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMinimumSelfStakeBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMinimumSelfStakeBpsCall) -> Self {
                    (value.bps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMinimumSelfStakeBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bps: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMinimumSelfStakeBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMinimumSelfStakeBpsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMinimumSelfStakeBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setMinimumSelfStakeBpsReturn {
            fn _tokenize(
                &self,
            ) -> <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setMinimumSelfStakeBpsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setMinimumSelfStakeBpsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setMinimumSelfStakeBps(uint256)";
            const SELECTOR: [u8; 4] = [9u8, 149u8, 173u8, 76u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setMinimumSelfStakeBpsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashableOf(address)` and selector `0x1129ee37`.
```solidity
function slashableOf(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashableOfCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slashableOf(address)`](slashableOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashableOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashableOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashableOfCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashableOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashableOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashableOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashableOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashableOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashableOf(address)";
            const SELECTOR: [u8; 4] = [17u8, 41u8, 238u8, 55u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slashableOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slashableOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `stakingRewardTotals()` and selector `0x47590a0f`.
```solidity
function stakingRewardTotals() external view returns (uint256 notified, uint256 claimed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakingRewardTotalsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`stakingRewardTotals()`](stakingRewardTotalsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakingRewardTotalsReturn {
        #[allow(missing_docs)]
        pub notified: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub claimed: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakingRewardTotalsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: stakingRewardTotalsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for stakingRewardTotalsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakingRewardTotalsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: stakingRewardTotalsReturn) -> Self {
                    (value.notified, value.claimed)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for stakingRewardTotalsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        notified: tuple.0,
                        claimed: tuple.1,
                    }
                }
            }
        }
        impl stakingRewardTotalsReturn {
            fn _tokenize(
                &self,
            ) -> <stakingRewardTotalsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.notified),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.claimed),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stakingRewardTotalsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = stakingRewardTotalsReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "stakingRewardTotals()";
            const SELECTOR: [u8; 4] = [71u8, 89u8, 10u8, 15u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                stakingRewardTotalsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
```solidity
function supportsInterface(bytes4 interfaceId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { interfaceId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(&self.interfaceId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `syncPool(address)` and selector `0x8fb2e2c2`.
```solidity
function syncPool(address operator) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct syncPoolCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`syncPool(address)`](syncPoolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct syncPoolReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<syncPoolCall> for UnderlyingRustTuple<'_> {
                fn from(value: syncPoolCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for syncPoolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<syncPoolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: syncPoolReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for syncPoolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl syncPoolReturn {
            fn _tokenize(
                &self,
            ) -> <syncPoolCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for syncPoolCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = syncPoolReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "syncPool(address)";
            const SELECTOR: [u8; 4] = [143u8, 178u8, 226u8, 194u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                syncPoolReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `treasury()` and selector `0x61d027b3`.
```solidity
function treasury() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`treasury()`](treasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<treasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<treasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for treasuryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "treasury()";
            const SELECTOR: [u8; 4] = [97u8, 208u8, 39u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: treasuryReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: treasuryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `undelegate(address,uint256)` and selector `0x4d99dd16`.
```solidity
function undelegate(address operator, uint256 amount) external returns (uint256 shares);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct undelegateCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`undelegate(address,uint256)`](undelegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct undelegateReturn {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<undelegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: undelegateCall) -> Self {
                    (value.operator, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for undelegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        amount: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<undelegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: undelegateReturn) -> Self {
                    (value.shares,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for undelegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { shares: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for undelegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "undelegate(address,uint256)";
            const SELECTOR: [u8; 4] = [77u8, 153u8, 221u8, 22u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: undelegateReturn = r.into();
                        r.shares
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: undelegateReturn = r.into();
                        r.shares
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `upgradeToAndCall(address,bytes)` and selector `0x4f1ef286`.
```solidity
function upgradeToAndCall(address newImplementation, bytes memory data) external payable;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct upgradeToAndCallCall {
        #[allow(missing_docs)]
        pub newImplementation: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`upgradeToAndCall(address,bytes)`](upgradeToAndCallCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct upgradeToAndCallReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<upgradeToAndCallCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: upgradeToAndCallCall) -> Self {
                    (value.newImplementation, value.data)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for upgradeToAndCallCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        newImplementation: tuple.0,
                        data: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<upgradeToAndCallReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: upgradeToAndCallReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for upgradeToAndCallReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl upgradeToAndCallReturn {
            fn _tokenize(
                &self,
            ) -> <upgradeToAndCallCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for upgradeToAndCallCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = upgradeToAndCallReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "upgradeToAndCall(address,bytes)";
            const SELECTOR: [u8; 4] = [79u8, 30u8, 242u8, 134u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newImplementation,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.data,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                upgradeToAndCallReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `usdc()` and selector `0x3e413bee`.
```solidity
function usdc() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct usdcCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`usdc()`](usdcCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct usdcReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<usdcCall> for UnderlyingRustTuple<'_> {
                fn from(value: usdcCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for usdcCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<usdcReturn> for UnderlyingRustTuple<'_> {
                fn from(value: usdcReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for usdcReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for usdcCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "usdc()";
            const SELECTOR: [u8; 4] = [62u8, 65u8, 59u8, 238u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: usdcReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: usdcReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawUnbonded(address)` and selector `0xaeffaa47`.
```solidity
function withdrawUnbonded(address operator) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawUnbondedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`withdrawUnbonded(address)`](withdrawUnbondedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawUnbondedReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawUnbondedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawUnbondedCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawUnbondedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawUnbondedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawUnbondedReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawUnbondedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawUnbondedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawUnbonded(address)";
            const SELECTOR: [u8; 4] = [174u8, 255u8, 170u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: withdrawUnbondedReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: withdrawUnbondedReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `xmtpToken()` and selector `0x929ac35f`.
```solidity
function xmtpToken() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct xmtpTokenCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`xmtpToken()`](xmtpTokenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct xmtpTokenReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<xmtpTokenCall> for UnderlyingRustTuple<'_> {
                fn from(value: xmtpTokenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for xmtpTokenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<xmtpTokenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: xmtpTokenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for xmtpTokenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for xmtpTokenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "xmtpToken()";
            const SELECTOR: [u8; 4] = [146u8, 154u8, 195u8, 95u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: xmtpTokenReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: xmtpTokenReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`Delegation`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum DelegationCalls {
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        DEFAULT_MAX_COMMISSION_BPS(DEFAULT_MAX_COMMISSION_BPSCall),
        #[allow(missing_docs)]
        DEFAULT_MINIMUM_SELF_STAKE_BPS(DEFAULT_MINIMUM_SELF_STAKE_BPSCall),
        #[allow(missing_docs)]
        MAX_COMMISSION_CAP_BPS(MAX_COMMISSION_CAP_BPSCall),
        #[allow(missing_docs)]
        MIN_SELF_STAKE_FLOOR_BPS(MIN_SELF_STAKE_FLOOR_BPSCall),
        #[allow(missing_docs)]
        REWARD_INTERVAL(REWARD_INTERVALCall),
        #[allow(missing_docs)]
        UPGRADE_INTERFACE_VERSION(UPGRADE_INTERFACE_VERSIONCall),
        #[allow(missing_docs)]
        claimStakingRewards(claimStakingRewardsCall),
        #[allow(missing_docs)]
        claimableStakingRewards(claimableStakingRewardsCall),
        #[allow(missing_docs)]
        delegate(delegateCall),
        #[allow(missing_docs)]
        delegatedTo(delegatedToCall),
        #[allow(missing_docs)]
        delegation(delegationCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        heldStakingRewards(heldStakingRewardsCall),
        #[allow(missing_docs)]
        initialize(initializeCall),
        #[allow(missing_docs)]
        intervalOf(intervalOfCall),
        #[allow(missing_docs)]
        isEligible(isEligibleCall),
        #[allow(missing_docs)]
        maxCommissionBps(maxCommissionBpsCall),
        #[allow(missing_docs)]
        minimumSelfStakeBps(minimumSelfStakeBpsCall),
        #[allow(missing_docs)]
        nodes(nodesCall),
        #[allow(missing_docs)]
        notifyStakingRewards(notifyStakingRewardsCall),
        #[allow(missing_docs)]
        onOwnStakeChanged(onOwnStakeChangedCall),
        #[allow(missing_docs)]
        onSlashed(onSlashedCall),
        #[allow(missing_docs)]
        operatorRewards(operatorRewardsCall),
        #[allow(missing_docs)]
        pool(poolCall),
        #[allow(missing_docs)]
        proxiableUUID(proxiableUUIDCall),
        #[allow(missing_docs)]
        redelegate(redelegateCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        selectionManager(selectionManagerCall),
        #[allow(missing_docs)]
        setCommission(setCommissionCall),
        #[allow(missing_docs)]
        setMaxCommissionBps(setMaxCommissionBpsCall),
        #[allow(missing_docs)]
        setMinimumSelfStakeBps(setMinimumSelfStakeBpsCall),
        #[allow(missing_docs)]
        slashableOf(slashableOfCall),
        #[allow(missing_docs)]
        stakingRewardTotals(stakingRewardTotalsCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        syncPool(syncPoolCall),
        #[allow(missing_docs)]
        treasury(treasuryCall),
        #[allow(missing_docs)]
        undelegate(undelegateCall),
        #[allow(missing_docs)]
        upgradeToAndCall(upgradeToAndCallCall),
        #[allow(missing_docs)]
        usdc(usdcCall),
        #[allow(missing_docs)]
        withdrawUnbonded(withdrawUnbondedCall),
        #[allow(missing_docs)]
        xmtpToken(xmtpTokenCall),
    }
    impl DelegationCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [2u8, 110u8, 64u8, 43u8],
            [4u8, 109u8, 51u8, 7u8],
            [8u8, 172u8, 119u8, 107u8],
            [9u8, 149u8, 173u8, 76u8],
            [17u8, 41u8, 238u8, 55u8],
            [21u8, 101u8, 34u8, 168u8],
            [27u8, 145u8, 3u8, 119u8],
            [36u8, 138u8, 156u8, 163u8],
            [38u8, 45u8, 222u8, 195u8],
            [47u8, 47u8, 241u8, 93u8],
            [50u8, 129u8, 167u8, 142u8],
            [53u8, 94u8, 107u8, 67u8],
            [54u8, 86u8, 138u8, 190u8],
            [57u8, 149u8, 92u8, 244u8],
            [62u8, 23u8, 182u8, 0u8],
            [62u8, 65u8, 59u8, 238u8],
            [62u8, 145u8, 173u8, 202u8],
            [65u8, 162u8, 184u8, 214u8],
            [71u8, 89u8, 10u8, 15u8],
            [77u8, 153u8, 221u8, 22u8],
            [79u8, 30u8, 242u8, 134u8],
            [82u8, 209u8, 144u8, 45u8],
            [84u8, 59u8, 231u8, 49u8],
            [93u8, 184u8, 47u8, 160u8],
            [93u8, 189u8, 218u8, 105u8],
            [97u8, 208u8, 39u8, 179u8],
            [99u8, 38u8, 75u8, 170u8],
            [100u8, 129u8, 139u8, 209u8],
            [101u8, 218u8, 18u8, 100u8],
            [107u8, 216u8, 248u8, 4u8],
            [124u8, 140u8, 51u8, 148u8],
            [128u8, 175u8, 111u8, 246u8],
            [132u8, 93u8, 174u8, 36u8],
            [143u8, 178u8, 226u8, 194u8],
            [145u8, 209u8, 72u8, 84u8],
            [146u8, 154u8, 195u8, 95u8],
            [150u8, 187u8, 31u8, 239u8],
            [162u8, 23u8, 253u8, 223u8],
            [173u8, 60u8, 177u8, 204u8],
            [174u8, 255u8, 170u8, 71u8],
            [179u8, 105u8, 175u8, 113u8],
            [213u8, 71u8, 116u8, 31u8],
            [215u8, 175u8, 238u8, 71u8],
            [248u8, 200u8, 118u8, 94u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(delegate),
            ::core::stringify!(delegation),
            ::core::stringify!(onOwnStakeChanged),
            ::core::stringify!(setMinimumSelfStakeBps),
            ::core::stringify!(slashableOf),
            ::core::stringify!(pool),
            ::core::stringify!(MAX_COMMISSION_CAP_BPS),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(DEFAULT_MAX_COMMISSION_BPS),
            ::core::stringify!(grantRole),
            ::core::stringify!(isEligible),
            ::core::stringify!(setCommission),
            ::core::stringify!(renounceRole),
            ::core::stringify!(heldStakingRewards),
            ::core::stringify!(maxCommissionBps),
            ::core::stringify!(usdc),
            ::core::stringify!(selectionManager),
            ::core::stringify!(operatorRewards),
            ::core::stringify!(stakingRewardTotals),
            ::core::stringify!(undelegate),
            ::core::stringify!(upgradeToAndCall),
            ::core::stringify!(proxiableUUID),
            ::core::stringify!(claimableStakingRewards),
            ::core::stringify!(nodes),
            ::core::stringify!(REWARD_INTERVAL),
            ::core::stringify!(treasury),
            ::core::stringify!(notifyStakingRewards),
            ::core::stringify!(minimumSelfStakeBps),
            ::core::stringify!(delegatedTo),
            ::core::stringify!(redelegate),
            ::core::stringify!(MIN_SELF_STAKE_FLOOR_BPS),
            ::core::stringify!(onSlashed),
            ::core::stringify!(setMaxCommissionBps),
            ::core::stringify!(syncPool),
            ::core::stringify!(hasRole),
            ::core::stringify!(xmtpToken),
            ::core::stringify!(claimStakingRewards),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(UPGRADE_INTERFACE_VERSION),
            ::core::stringify!(withdrawUnbonded),
            ::core::stringify!(intervalOf),
            ::core::stringify!(revokeRole),
            ::core::stringify!(DEFAULT_MINIMUM_SELF_STAKE_BPS),
            ::core::stringify!(initialize),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <delegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <delegationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onOwnStakeChangedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashableOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <poolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isEligibleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setCommissionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <heldStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <maxCommissionBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <usdcCall as alloy_sol_types::SolCall>::SIGNATURE,
            <selectionManagerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakingRewardTotalsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <undelegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <upgradeToAndCallCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proxiableUUIDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimableStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nodesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <REWARD_INTERVALCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <notifyStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <delegatedToCall as alloy_sol_types::SolCall>::SIGNATURE,
            <redelegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onSlashedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <syncPoolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <xmtpTokenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawUnbondedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <intervalOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <initializeCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for DelegationCalls {
        const NAME: &'static str = "DelegationCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 45usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_MAX_COMMISSION_BPS(_) => {
                    <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_MINIMUM_SELF_STAKE_BPS(_) => {
                    <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_COMMISSION_CAP_BPS(_) => {
                    <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_SELF_STAKE_FLOOR_BPS(_) => {
                    <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::REWARD_INTERVAL(_) => {
                    <REWARD_INTERVALCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::UPGRADE_INTERFACE_VERSION(_) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::claimStakingRewards(_) => {
                    <claimStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::claimableStakingRewards(_) => {
                    <claimableStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::delegate(_) => <delegateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::delegatedTo(_) => {
                    <delegatedToCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::delegation(_) => {
                    <delegationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::grantRole(_) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::heldStakingRewards(_) => {
                    <heldStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::initialize(_) => {
                    <initializeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::intervalOf(_) => {
                    <intervalOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isEligible(_) => {
                    <isEligibleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::maxCommissionBps(_) => {
                    <maxCommissionBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::minimumSelfStakeBps(_) => {
                    <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::nodes(_) => <nodesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::notifyStakingRewards(_) => {
                    <notifyStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onOwnStakeChanged(_) => {
                    <onOwnStakeChangedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onSlashed(_) => {
                    <onSlashedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::operatorRewards(_) => {
                    <operatorRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pool(_) => <poolCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::proxiableUUID(_) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::redelegate(_) => {
                    <redelegateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::selectionManager(_) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setCommission(_) => {
                    <setCommissionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setMaxCommissionBps(_) => {
                    <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setMinimumSelfStakeBps(_) => {
                    <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slashableOf(_) => {
                    <slashableOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::stakingRewardTotals(_) => {
                    <stakingRewardTotalsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::syncPool(_) => <syncPoolCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::treasury(_) => <treasuryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::undelegate(_) => {
                    <undelegateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::upgradeToAndCall(_) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::usdc(_) => <usdcCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdrawUnbonded(_) => {
                    <withdrawUnbondedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::xmtpToken(_) => {
                    <xmtpTokenCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn delegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::delegate)
                    }
                    delegate
                },
                {
                    fn delegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegationCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::delegation)
                    }
                    delegation
                },
                {
                    fn onOwnStakeChanged(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::onOwnStakeChanged)
                    }
                    onOwnStakeChanged
                },
                {
                    fn setMinimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::setMinimumSelfStakeBps)
                    }
                    setMinimumSelfStakeBps
                },
                {
                    fn slashableOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <slashableOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::slashableOf)
                    }
                    slashableOf
                },
                {
                    fn pool(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <poolCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::pool)
                    }
                    pool
                },
                {
                    fn MAX_COMMISSION_CAP_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::MAX_COMMISSION_CAP_BPS)
                    }
                    MAX_COMMISSION_CAP_BPS
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn DEFAULT_MAX_COMMISSION_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MAX_COMMISSION_BPS)
                    }
                    DEFAULT_MAX_COMMISSION_BPS
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn isEligible(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <isEligibleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::isEligible)
                    }
                    isEligible
                },
                {
                    fn setCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::setCommission)
                    }
                    setCommission
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn heldStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::heldStakingRewards)
                    }
                    heldStakingRewards
                },
                {
                    fn maxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::maxCommissionBps)
                    }
                    maxCommissionBps
                },
                {
                    fn usdc(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <usdcCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::usdc)
                    }
                    usdc
                },
                {
                    fn selectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <selectionManagerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::selectionManager)
                    }
                    selectionManager
                },
                {
                    fn operatorRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <operatorRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::operatorRewards)
                    }
                    operatorRewards
                },
                {
                    fn stakingRewardTotals(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::stakingRewardTotals)
                    }
                    stakingRewardTotals
                },
                {
                    fn undelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <undelegateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::undelegate)
                    }
                    undelegate
                },
                {
                    fn upgradeToAndCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::upgradeToAndCall)
                    }
                    upgradeToAndCall
                },
                {
                    fn proxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::proxiableUUID)
                    }
                    proxiableUUID
                },
                {
                    fn claimableStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::claimableStakingRewards)
                    }
                    claimableStakingRewards
                },
                {
                    fn nodes(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <nodesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::nodes)
                    }
                    nodes
                },
                {
                    fn REWARD_INTERVAL(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::REWARD_INTERVAL)
                    }
                    REWARD_INTERVAL
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::treasury)
                    }
                    treasury
                },
                {
                    fn notifyStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::notifyStakingRewards)
                    }
                    notifyStakingRewards
                },
                {
                    fn minimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::minimumSelfStakeBps)
                    }
                    minimumSelfStakeBps
                },
                {
                    fn delegatedTo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegatedToCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::delegatedTo)
                    }
                    delegatedTo
                },
                {
                    fn redelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <redelegateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::redelegate)
                    }
                    redelegate
                },
                {
                    fn MIN_SELF_STAKE_FLOOR_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::MIN_SELF_STAKE_FLOOR_BPS)
                    }
                    MIN_SELF_STAKE_FLOOR_BPS
                },
                {
                    fn onSlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::onSlashed)
                    }
                    onSlashed
                },
                {
                    fn setMaxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::setMaxCommissionBps)
                    }
                    setMaxCommissionBps
                },
                {
                    fn syncPool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <syncPoolCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::syncPool)
                    }
                    syncPool
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn xmtpToken(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <xmtpTokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::xmtpToken)
                    }
                    xmtpToken
                },
                {
                    fn claimStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::claimStakingRewards)
                    }
                    claimStakingRewards
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn UPGRADE_INTERFACE_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::UPGRADE_INTERFACE_VERSION)
                    }
                    UPGRADE_INTERFACE_VERSION
                },
                {
                    fn withdrawUnbonded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::withdrawUnbonded)
                    }
                    withdrawUnbonded
                },
                {
                    fn intervalOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <intervalOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::intervalOf)
                    }
                    intervalOf
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn DEFAULT_MINIMUM_SELF_STAKE_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MINIMUM_SELF_STAKE_BPS)
                    }
                    DEFAULT_MINIMUM_SELF_STAKE_BPS
                },
                {
                    fn initialize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <initializeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::initialize)
                    }
                    initialize
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn delegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::delegate)
                    }
                    delegate
                },
                {
                    fn delegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::delegation)
                    }
                    delegation
                },
                {
                    fn onOwnStakeChanged(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::onOwnStakeChanged)
                    }
                    onOwnStakeChanged
                },
                {
                    fn setMinimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::setMinimumSelfStakeBps)
                    }
                    setMinimumSelfStakeBps
                },
                {
                    fn slashableOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <slashableOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::slashableOf)
                    }
                    slashableOf
                },
                {
                    fn pool(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <poolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::pool)
                    }
                    pool
                },
                {
                    fn MAX_COMMISSION_CAP_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::MAX_COMMISSION_CAP_BPS)
                    }
                    MAX_COMMISSION_CAP_BPS
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn DEFAULT_MAX_COMMISSION_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MAX_COMMISSION_BPS)
                    }
                    DEFAULT_MAX_COMMISSION_BPS
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn isEligible(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <isEligibleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::isEligible)
                    }
                    isEligible
                },
                {
                    fn setCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::setCommission)
                    }
                    setCommission
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn heldStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::heldStakingRewards)
                    }
                    heldStakingRewards
                },
                {
                    fn maxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::maxCommissionBps)
                    }
                    maxCommissionBps
                },
                {
                    fn usdc(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <usdcCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::usdc)
                    }
                    usdc
                },
                {
                    fn selectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <selectionManagerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::selectionManager)
                    }
                    selectionManager
                },
                {
                    fn operatorRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <operatorRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::operatorRewards)
                    }
                    operatorRewards
                },
                {
                    fn stakingRewardTotals(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::stakingRewardTotals)
                    }
                    stakingRewardTotals
                },
                {
                    fn undelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <undelegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::undelegate)
                    }
                    undelegate
                },
                {
                    fn upgradeToAndCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::upgradeToAndCall)
                    }
                    upgradeToAndCall
                },
                {
                    fn proxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::proxiableUUID)
                    }
                    proxiableUUID
                },
                {
                    fn claimableStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::claimableStakingRewards)
                    }
                    claimableStakingRewards
                },
                {
                    fn nodes(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <nodesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::nodes)
                    }
                    nodes
                },
                {
                    fn REWARD_INTERVAL(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::REWARD_INTERVAL)
                    }
                    REWARD_INTERVAL
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::treasury)
                    }
                    treasury
                },
                {
                    fn notifyStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::notifyStakingRewards)
                    }
                    notifyStakingRewards
                },
                {
                    fn minimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::minimumSelfStakeBps)
                    }
                    minimumSelfStakeBps
                },
                {
                    fn delegatedTo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegatedToCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::delegatedTo)
                    }
                    delegatedTo
                },
                {
                    fn redelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <redelegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::redelegate)
                    }
                    redelegate
                },
                {
                    fn MIN_SELF_STAKE_FLOOR_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::MIN_SELF_STAKE_FLOOR_BPS)
                    }
                    MIN_SELF_STAKE_FLOOR_BPS
                },
                {
                    fn onSlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::onSlashed)
                    }
                    onSlashed
                },
                {
                    fn setMaxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::setMaxCommissionBps)
                    }
                    setMaxCommissionBps
                },
                {
                    fn syncPool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <syncPoolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::syncPool)
                    }
                    syncPool
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn xmtpToken(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <xmtpTokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::xmtpToken)
                    }
                    xmtpToken
                },
                {
                    fn claimStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::claimStakingRewards)
                    }
                    claimStakingRewards
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn UPGRADE_INTERFACE_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::UPGRADE_INTERFACE_VERSION)
                    }
                    UPGRADE_INTERFACE_VERSION
                },
                {
                    fn withdrawUnbonded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::withdrawUnbonded)
                    }
                    withdrawUnbonded
                },
                {
                    fn intervalOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <intervalOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::intervalOf)
                    }
                    intervalOf
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn DEFAULT_MINIMUM_SELF_STAKE_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MINIMUM_SELF_STAKE_BPS)
                    }
                    DEFAULT_MINIMUM_SELF_STAKE_BPS
                },
                {
                    fn initialize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <initializeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::initialize)
                    }
                    initialize
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_MAX_COMMISSION_BPS(inner) => {
                    <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_MINIMUM_SELF_STAKE_BPS(inner) => {
                    <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_COMMISSION_CAP_BPS(inner) => {
                    <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MIN_SELF_STAKE_FLOOR_BPS(inner) => {
                    <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::REWARD_INTERVAL(inner) => {
                    <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UPGRADE_INTERFACE_VERSION(inner) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::claimStakingRewards(inner) => {
                    <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::claimableStakingRewards(inner) => {
                    <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::delegate(inner) => {
                    <delegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::delegatedTo(inner) => {
                    <delegatedToCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::delegation(inner) => {
                    <delegationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::heldStakingRewards(inner) => {
                    <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::initialize(inner) => {
                    <initializeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::intervalOf(inner) => {
                    <intervalOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isEligible(inner) => {
                    <isEligibleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::maxCommissionBps(inner) => {
                    <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::minimumSelfStakeBps(inner) => {
                    <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::nodes(inner) => {
                    <nodesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::notifyStakingRewards(inner) => {
                    <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onOwnStakeChanged(inner) => {
                    <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onSlashed(inner) => {
                    <onSlashedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::operatorRewards(inner) => {
                    <operatorRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::pool(inner) => {
                    <poolCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::proxiableUUID(inner) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::redelegate(inner) => {
                    <redelegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::selectionManager(inner) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setCommission(inner) => {
                    <setCommissionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setMaxCommissionBps(inner) => {
                    <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setMinimumSelfStakeBps(inner) => {
                    <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::slashableOf(inner) => {
                    <slashableOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::stakingRewardTotals(inner) => {
                    <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::syncPool(inner) => {
                    <syncPoolCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::undelegate(inner) => {
                    <undelegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::upgradeToAndCall(inner) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::usdc(inner) => {
                    <usdcCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::withdrawUnbonded(inner) => {
                    <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::xmtpToken(inner) => {
                    <xmtpTokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_MAX_COMMISSION_BPS(inner) => {
                    <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_MINIMUM_SELF_STAKE_BPS(inner) => {
                    <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_COMMISSION_CAP_BPS(inner) => {
                    <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MIN_SELF_STAKE_FLOOR_BPS(inner) => {
                    <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::REWARD_INTERVAL(inner) => {
                    <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UPGRADE_INTERFACE_VERSION(inner) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::claimStakingRewards(inner) => {
                    <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::claimableStakingRewards(inner) => {
                    <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::delegate(inner) => {
                    <delegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::delegatedTo(inner) => {
                    <delegatedToCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::delegation(inner) => {
                    <delegationCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::heldStakingRewards(inner) => {
                    <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::initialize(inner) => {
                    <initializeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::intervalOf(inner) => {
                    <intervalOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isEligible(inner) => {
                    <isEligibleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::maxCommissionBps(inner) => {
                    <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::minimumSelfStakeBps(inner) => {
                    <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::nodes(inner) => {
                    <nodesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::notifyStakingRewards(inner) => {
                    <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onOwnStakeChanged(inner) => {
                    <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onSlashed(inner) => {
                    <onSlashedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::operatorRewards(inner) => {
                    <operatorRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::pool(inner) => {
                    <poolCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::proxiableUUID(inner) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::redelegate(inner) => {
                    <redelegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::selectionManager(inner) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setCommission(inner) => {
                    <setCommissionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setMaxCommissionBps(inner) => {
                    <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setMinimumSelfStakeBps(inner) => {
                    <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slashableOf(inner) => {
                    <slashableOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::stakingRewardTotals(inner) => {
                    <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::syncPool(inner) => {
                    <syncPoolCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::undelegate(inner) => {
                    <undelegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::upgradeToAndCall(inner) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::usdc(inner) => {
                    <usdcCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::withdrawUnbonded(inner) => {
                    <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::xmtpToken(inner) => {
                    <xmtpTokenCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Delegation`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum DelegationErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        AddressEmptyCode(AddressEmptyCode),
        #[allow(missing_docs)]
        CommissionTooHigh(CommissionTooHigh),
        #[allow(missing_docs)]
        ERC1967InvalidImplementation(ERC1967InvalidImplementation),
        #[allow(missing_docs)]
        ERC1967NonPayable(ERC1967NonPayable),
        #[allow(missing_docs)]
        FailedCall(FailedCall),
        #[allow(missing_docs)]
        InsufficientShares(InsufficientShares),
        #[allow(missing_docs)]
        InvalidInitialization(InvalidInitialization),
        #[allow(missing_docs)]
        InvalidSlashBps(InvalidSlashBps),
        #[allow(missing_docs)]
        NotInitializing(NotInitializing),
        #[allow(missing_docs)]
        NotNodeOperator(NotNodeOperator),
        #[allow(missing_docs)]
        NotSelectionManager(NotSelectionManager),
        #[allow(missing_docs)]
        NotTreasury(NotTreasury),
        #[allow(missing_docs)]
        NothingToClaim(NothingToClaim),
        #[allow(missing_docs)]
        NothingUnbonding(NothingUnbonding),
        #[allow(missing_docs)]
        ParameterOutOfBounds(ParameterOutOfBounds),
        #[allow(missing_docs)]
        PoolWiped(PoolWiped),
        #[allow(missing_docs)]
        RedelegationToSamePool(RedelegationToSamePool),
        #[allow(missing_docs)]
        RedelegationTooSoon(RedelegationTooSoon),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        SelfDelegation(SelfDelegation),
        #[allow(missing_docs)]
        StillUnbonding(StillUnbonding),
        #[allow(missing_docs)]
        UUPSUnauthorizedCallContext(UUPSUnauthorizedCallContext),
        #[allow(missing_docs)]
        UUPSUnsupportedProxiableUUID(UUPSUnsupportedProxiableUUID),
        #[allow(missing_docs)]
        WeightExceeded(WeightExceeded),
        #[allow(missing_docs)]
        ZeroAddress(ZeroAddress),
        #[allow(missing_docs)]
        ZeroAmount(ZeroAmount),
        #[allow(missing_docs)]
        ZeroShares(ZeroShares),
    }
    impl DelegationErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [31u8, 42u8, 32u8, 5u8],
            [38u8, 43u8, 157u8, 116u8],
            [40u8, 178u8, 31u8, 237u8],
            [44u8, 223u8, 226u8, 25u8],
            [68u8, 247u8, 160u8, 174u8],
            [74u8, 17u8, 35u8, 136u8],
            [76u8, 156u8, 140u8, 227u8],
            [78u8, 172u8, 97u8, 18u8],
            [82u8, 116u8, 175u8, 231u8],
            [102u8, 151u8, 178u8, 50u8],
            [109u8, 252u8, 198u8, 80u8],
            [138u8, 225u8, 93u8, 242u8],
            [150u8, 155u8, 247u8, 40u8],
            [153u8, 150u8, 179u8, 21u8],
            [156u8, 144u8, 9u8, 255u8],
            [170u8, 29u8, 73u8, 164u8],
            [179u8, 119u8, 2u8, 214u8],
            [179u8, 152u8, 151u8, 159u8],
            [203u8, 29u8, 139u8, 186u8],
            [213u8, 86u8, 190u8, 147u8],
            [214u8, 189u8, 162u8, 117u8],
            [215u8, 230u8, 188u8, 248u8],
            [217u8, 46u8, 35u8, 61u8],
            [220u8, 109u8, 51u8, 110u8],
            [221u8, 156u8, 137u8, 67u8],
            [222u8, 251u8, 113u8, 242u8],
            [224u8, 124u8, 141u8, 186u8],
            [226u8, 81u8, 125u8, 63u8],
            [244u8, 113u8, 17u8, 179u8],
            [249u8, 46u8, 232u8, 169u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ZeroAmount),
            ::core::stringify!(NothingUnbonding),
            ::core::stringify!(NotSelectionManager),
            ::core::stringify!(CommissionTooHigh),
            ::core::stringify!(InvalidSlashBps),
            ::core::stringify!(ParameterOutOfBounds),
            ::core::stringify!(ERC1967InvalidImplementation),
            ::core::stringify!(NotTreasury),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(RedelegationToSamePool),
            ::core::stringify!(NothingToClaim),
            ::core::stringify!(AddressEmptyCode),
            ::core::stringify!(NotNodeOperator),
            ::core::stringify!(UUPSUnsupportedProxiableUUID),
            ::core::stringify!(PoolWiped),
            ::core::stringify!(ERC1967NonPayable),
            ::core::stringify!(InsufficientShares),
            ::core::stringify!(SelfDelegation),
            ::core::stringify!(FailedCall),
            ::core::stringify!(NotInitializing),
            ::core::stringify!(ZeroAddress),
            ::core::stringify!(ZeroShares),
            ::core::stringify!(StillUnbonding),
            ::core::stringify!(RedelegationTooSoon),
            ::core::stringify!(UUPSUnauthorizedCallContext),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(WeightExceeded),
            ::core::stringify!(InvalidInitialization),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ZeroAmount as alloy_sol_types::SolError>::SIGNATURE,
            <NothingUnbonding as alloy_sol_types::SolError>::SIGNATURE,
            <NotSelectionManager as alloy_sol_types::SolError>::SIGNATURE,
            <CommissionTooHigh as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSlashBps as alloy_sol_types::SolError>::SIGNATURE,
            <ParameterOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <ERC1967InvalidImplementation as alloy_sol_types::SolError>::SIGNATURE,
            <NotTreasury as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <RedelegationToSamePool as alloy_sol_types::SolError>::SIGNATURE,
            <NothingToClaim as alloy_sol_types::SolError>::SIGNATURE,
            <AddressEmptyCode as alloy_sol_types::SolError>::SIGNATURE,
            <NotNodeOperator as alloy_sol_types::SolError>::SIGNATURE,
            <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::SIGNATURE,
            <PoolWiped as alloy_sol_types::SolError>::SIGNATURE,
            <ERC1967NonPayable as alloy_sol_types::SolError>::SIGNATURE,
            <InsufficientShares as alloy_sol_types::SolError>::SIGNATURE,
            <SelfDelegation as alloy_sol_types::SolError>::SIGNATURE,
            <FailedCall as alloy_sol_types::SolError>::SIGNATURE,
            <NotInitializing as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroShares as alloy_sol_types::SolError>::SIGNATURE,
            <StillUnbonding as alloy_sol_types::SolError>::SIGNATURE,
            <RedelegationTooSoon as alloy_sol_types::SolError>::SIGNATURE,
            <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <WeightExceeded as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidInitialization as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for DelegationErrors {
        const NAME: &'static str = "DelegationErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 30usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AddressEmptyCode(_) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::SELECTOR
                }
                Self::CommissionTooHigh(_) => {
                    <CommissionTooHigh as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC1967InvalidImplementation(_) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC1967NonPayable(_) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FailedCall(_) => {
                    <FailedCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InsufficientShares(_) => {
                    <InsufficientShares as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidInitialization(_) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSlashBps(_) => {
                    <InvalidSlashBps as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotInitializing(_) => {
                    <NotInitializing as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotNodeOperator(_) => {
                    <NotNodeOperator as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotSelectionManager(_) => {
                    <NotSelectionManager as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotTreasury(_) => {
                    <NotTreasury as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NothingToClaim(_) => {
                    <NothingToClaim as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NothingUnbonding(_) => {
                    <NothingUnbonding as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ParameterOutOfBounds(_) => {
                    <ParameterOutOfBounds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PoolWiped(_) => <PoolWiped as alloy_sol_types::SolError>::SELECTOR,
                Self::RedelegationToSamePool(_) => {
                    <RedelegationToSamePool as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RedelegationTooSoon(_) => {
                    <RedelegationTooSoon as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SelfDelegation(_) => {
                    <SelfDelegation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StillUnbonding(_) => {
                    <StillUnbonding as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UUPSUnauthorizedCallContext(_) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UUPSUnsupportedProxiableUUID(_) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::SELECTOR
                }
                Self::WeightExceeded(_) => {
                    <WeightExceeded as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroAddress(_) => {
                    <ZeroAddress as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroAmount(_) => {
                    <ZeroAmount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroShares(_) => {
                    <ZeroShares as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationErrors>] = &[
                {
                    fn ZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAmount as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::ZeroAmount)
                    }
                    ZeroAmount
                },
                {
                    fn NothingUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingUnbonding as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NothingUnbonding)
                    }
                    NothingUnbonding
                },
                {
                    fn NotSelectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotSelectionManager as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NotSelectionManager)
                    }
                    NotSelectionManager
                },
                {
                    fn CommissionTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <CommissionTooHigh as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::CommissionTooHigh)
                    }
                    CommissionTooHigh
                },
                {
                    fn InvalidSlashBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidSlashBps as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::InvalidSlashBps)
                    }
                    InvalidSlashBps
                },
                {
                    fn ParameterOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::ParameterOutOfBounds)
                    }
                    ParameterOutOfBounds
                },
                {
                    fn ERC1967InvalidImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::ERC1967InvalidImplementation)
                    }
                    ERC1967InvalidImplementation
                },
                {
                    fn NotTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotTreasury as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::NotTreasury)
                    }
                    NotTreasury
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn RedelegationToSamePool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationToSamePool as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::RedelegationToSamePool)
                    }
                    RedelegationToSamePool
                },
                {
                    fn NothingToClaim(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingToClaim as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NothingToClaim)
                    }
                    NothingToClaim
                },
                {
                    fn AddressEmptyCode(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AddressEmptyCode as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::AddressEmptyCode)
                    }
                    AddressEmptyCode
                },
                {
                    fn NotNodeOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotNodeOperator as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NotNodeOperator)
                    }
                    NotNodeOperator
                },
                {
                    fn UUPSUnsupportedProxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnsupportedProxiableUUID)
                    }
                    UUPSUnsupportedProxiableUUID
                },
                {
                    fn PoolWiped(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <PoolWiped as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::PoolWiped)
                    }
                    PoolWiped
                },
                {
                    fn ERC1967NonPayable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967NonPayable as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::ERC1967NonPayable)
                    }
                    ERC1967NonPayable
                },
                {
                    fn InsufficientShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InsufficientShares as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::InsufficientShares)
                    }
                    InsufficientShares
                },
                {
                    fn SelfDelegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SelfDelegation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::SelfDelegation)
                    }
                    SelfDelegation
                },
                {
                    fn FailedCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn NotInitializing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotInitializing as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NotInitializing)
                    }
                    NotInitializing
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn ZeroShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroShares as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::ZeroShares)
                    }
                    ZeroShares
                },
                {
                    fn StillUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <StillUnbonding as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::StillUnbonding)
                    }
                    StillUnbonding
                },
                {
                    fn RedelegationTooSoon(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationTooSoon as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::RedelegationTooSoon)
                    }
                    RedelegationTooSoon
                },
                {
                    fn UUPSUnauthorizedCallContext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnauthorizedCallContext)
                    }
                    UUPSUnauthorizedCallContext
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn WeightExceeded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <WeightExceeded as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::WeightExceeded)
                    }
                    WeightExceeded
                },
                {
                    fn InvalidInitialization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidInitialization as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::InvalidInitialization)
                    }
                    InvalidInitialization
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationErrors>] = &[
                {
                    fn ZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAmount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ZeroAmount)
                    }
                    ZeroAmount
                },
                {
                    fn NothingUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingUnbonding as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NothingUnbonding)
                    }
                    NothingUnbonding
                },
                {
                    fn NotSelectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotSelectionManager as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotSelectionManager)
                    }
                    NotSelectionManager
                },
                {
                    fn CommissionTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <CommissionTooHigh as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::CommissionTooHigh)
                    }
                    CommissionTooHigh
                },
                {
                    fn InvalidSlashBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidSlashBps as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::InvalidSlashBps)
                    }
                    InvalidSlashBps
                },
                {
                    fn ParameterOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ParameterOutOfBounds)
                    }
                    ParameterOutOfBounds
                },
                {
                    fn ERC1967InvalidImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ERC1967InvalidImplementation)
                    }
                    ERC1967InvalidImplementation
                },
                {
                    fn NotTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotTreasury as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotTreasury)
                    }
                    NotTreasury
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn RedelegationToSamePool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationToSamePool as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::RedelegationToSamePool)
                    }
                    RedelegationToSamePool
                },
                {
                    fn NothingToClaim(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingToClaim as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NothingToClaim)
                    }
                    NothingToClaim
                },
                {
                    fn AddressEmptyCode(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AddressEmptyCode as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::AddressEmptyCode)
                    }
                    AddressEmptyCode
                },
                {
                    fn NotNodeOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotNodeOperator as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotNodeOperator)
                    }
                    NotNodeOperator
                },
                {
                    fn UUPSUnsupportedProxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnsupportedProxiableUUID)
                    }
                    UUPSUnsupportedProxiableUUID
                },
                {
                    fn PoolWiped(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <PoolWiped as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::PoolWiped)
                    }
                    PoolWiped
                },
                {
                    fn ERC1967NonPayable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967NonPayable as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ERC1967NonPayable)
                    }
                    ERC1967NonPayable
                },
                {
                    fn InsufficientShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InsufficientShares as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::InsufficientShares)
                    }
                    InsufficientShares
                },
                {
                    fn SelfDelegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SelfDelegation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::SelfDelegation)
                    }
                    SelfDelegation
                },
                {
                    fn FailedCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn NotInitializing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotInitializing as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotInitializing)
                    }
                    NotInitializing
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn ZeroShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroShares as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ZeroShares)
                    }
                    ZeroShares
                },
                {
                    fn StillUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <StillUnbonding as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::StillUnbonding)
                    }
                    StillUnbonding
                },
                {
                    fn RedelegationTooSoon(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationTooSoon as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::RedelegationTooSoon)
                    }
                    RedelegationTooSoon
                },
                {
                    fn UUPSUnauthorizedCallContext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnauthorizedCallContext)
                    }
                    UUPSUnauthorizedCallContext
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn WeightExceeded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <WeightExceeded as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::WeightExceeded)
                    }
                    WeightExceeded
                },
                {
                    fn InvalidInitialization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidInitialization as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::InvalidInitialization)
                    }
                    InvalidInitialization
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AddressEmptyCode(inner) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CommissionTooHigh(inner) => {
                    <CommissionTooHigh as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC1967InvalidImplementation(inner) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC1967NonPayable(inner) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InsufficientShares(inner) => {
                    <InsufficientShares as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidInitialization(inner) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidSlashBps(inner) => {
                    <InvalidSlashBps as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotInitializing(inner) => {
                    <NotInitializing as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotNodeOperator(inner) => {
                    <NotNodeOperator as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotSelectionManager(inner) => {
                    <NotSelectionManager as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotTreasury(inner) => {
                    <NotTreasury as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NothingToClaim(inner) => {
                    <NothingToClaim as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NothingUnbonding(inner) => {
                    <NothingUnbonding as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ParameterOutOfBounds(inner) => {
                    <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PoolWiped(inner) => {
                    <PoolWiped as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::RedelegationToSamePool(inner) => {
                    <RedelegationToSamePool as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RedelegationTooSoon(inner) => {
                    <RedelegationTooSoon as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SelfDelegation(inner) => {
                    <SelfDelegation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StillUnbonding(inner) => {
                    <StillUnbonding as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UUPSUnauthorizedCallContext(inner) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UUPSUnsupportedProxiableUUID(inner) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::WeightExceeded(inner) => {
                    <WeightExceeded as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroAmount(inner) => {
                    <ZeroAmount as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroShares(inner) => {
                    <ZeroShares as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AddressEmptyCode(inner) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::CommissionTooHigh(inner) => {
                    <CommissionTooHigh as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC1967InvalidImplementation(inner) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC1967NonPayable(inner) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InsufficientShares(inner) => {
                    <InsufficientShares as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidInitialization(inner) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidSlashBps(inner) => {
                    <InvalidSlashBps as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotInitializing(inner) => {
                    <NotInitializing as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotNodeOperator(inner) => {
                    <NotNodeOperator as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotSelectionManager(inner) => {
                    <NotSelectionManager as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotTreasury(inner) => {
                    <NotTreasury as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NothingToClaim(inner) => {
                    <NothingToClaim as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NothingUnbonding(inner) => {
                    <NothingUnbonding as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ParameterOutOfBounds(inner) => {
                    <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PoolWiped(inner) => {
                    <PoolWiped as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::RedelegationToSamePool(inner) => {
                    <RedelegationToSamePool as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RedelegationTooSoon(inner) => {
                    <RedelegationTooSoon as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SelfDelegation(inner) => {
                    <SelfDelegation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StillUnbonding(inner) => {
                    <StillUnbonding as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UUPSUnauthorizedCallContext(inner) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UUPSUnsupportedProxiableUUID(inner) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::WeightExceeded(inner) => {
                    <WeightExceeded as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAmount(inner) => {
                    <ZeroAmount as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ZeroShares(inner) => {
                    <ZeroShares as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`Delegation`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum DelegationEvents {
        #[allow(missing_docs)]
        CommissionChangeScheduled(CommissionChangeScheduled),
        #[allow(missing_docs)]
        CommissionUpdated(CommissionUpdated),
        #[allow(missing_docs)]
        Delegated(Delegated),
        #[allow(missing_docs)]
        DelegationWithdrawn(DelegationWithdrawn),
        #[allow(missing_docs)]
        Initialized(Initialized),
        #[allow(missing_docs)]
        MaxCommissionBpsUpdated(MaxCommissionBpsUpdated),
        #[allow(missing_docs)]
        MinimumSelfStakeBpsUpdated(MinimumSelfStakeBpsUpdated),
        #[allow(missing_docs)]
        OwnStakeUpdated(OwnStakeUpdated),
        #[allow(missing_docs)]
        PoolSlashed(PoolSlashed),
        #[allow(missing_docs)]
        Redelegated(Redelegated),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
        #[allow(missing_docs)]
        StakingRewardsClaimed(StakingRewardsClaimed),
        #[allow(missing_docs)]
        StakingRewardsNotified(StakingRewardsNotified),
        #[allow(missing_docs)]
        Undelegated(Undelegated),
        #[allow(missing_docs)]
        Upgraded(Upgraded),
    }
    impl DelegationEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                1u8, 30u8, 42u8, 138u8, 72u8, 198u8, 23u8, 104u8, 86u8, 251u8, 84u8,
                55u8, 247u8, 223u8, 185u8, 15u8, 79u8, 115u8, 6u8, 228u8, 28u8, 218u8,
                65u8, 76u8, 55u8, 22u8, 33u8, 123u8, 210u8, 76u8, 145u8, 219u8,
            ],
            [
                35u8, 73u8, 254u8, 166u8, 218u8, 51u8, 63u8, 201u8, 71u8, 235u8, 2u8,
                69u8, 154u8, 137u8, 125u8, 144u8, 69u8, 72u8, 165u8, 151u8, 253u8, 3u8,
                124u8, 247u8, 138u8, 67u8, 25u8, 2u8, 51u8, 247u8, 126u8, 242u8,
            ],
            [
                36u8, 215u8, 189u8, 168u8, 96u8, 43u8, 145u8, 109u8, 100u8, 65u8, 127u8,
                13u8, 191u8, 226u8, 226u8, 232u8, 142u8, 201u8, 177u8, 21u8, 123u8,
                217u8, 245u8, 150u8, 223u8, 219u8, 145u8, 186u8, 38u8, 98u8, 78u8, 4u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                103u8, 202u8, 213u8, 158u8, 89u8, 88u8, 192u8, 104u8, 33u8, 11u8, 87u8,
                180u8, 176u8, 31u8, 22u8, 96u8, 182u8, 36u8, 83u8, 50u8, 222u8, 148u8,
                180u8, 239u8, 73u8, 30u8, 123u8, 215u8, 64u8, 72u8, 89u8, 85u8,
            ],
            [
                110u8, 80u8, 13u8, 179u8, 12u8, 229u8, 53u8, 211u8, 136u8, 82u8, 227u8,
                24u8, 243u8, 51u8, 233u8, 190u8, 65u8, 163u8, 254u8, 198u8, 198u8, 93u8,
                35u8, 78u8, 187u8, 6u8, 32u8, 60u8, 137u8, 109u8, 185u8, 165u8,
            ],
            [
                124u8, 51u8, 32u8, 13u8, 86u8, 196u8, 55u8, 72u8, 82u8, 35u8, 159u8,
                144u8, 19u8, 141u8, 214u8, 59u8, 184u8, 255u8, 117u8, 251u8, 78u8, 121u8,
                13u8, 214u8, 28u8, 148u8, 250u8, 172u8, 189u8, 87u8, 209u8, 210u8,
            ],
            [
                125u8, 66u8, 218u8, 180u8, 116u8, 188u8, 253u8, 180u8, 166u8, 247u8,
                70u8, 178u8, 83u8, 111u8, 69u8, 175u8, 76u8, 44u8, 2u8, 237u8, 246u8,
                43u8, 173u8, 73u8, 197u8, 56u8, 180u8, 162u8, 167u8, 102u8, 203u8, 148u8,
            ],
            [
                153u8, 102u8, 254u8, 35u8, 135u8, 145u8, 87u8, 117u8, 182u8, 89u8, 90u8,
                126u8, 208u8, 144u8, 181u8, 56u8, 9u8, 233u8, 148u8, 154u8, 163u8, 13u8,
                179u8, 47u8, 100u8, 150u8, 71u8, 100u8, 54u8, 206u8, 135u8, 171u8,
            ],
            [
                165u8, 99u8, 229u8, 137u8, 169u8, 83u8, 220u8, 192u8, 199u8, 130u8,
                220u8, 225u8, 35u8, 1u8, 151u8, 48u8, 240u8, 222u8, 193u8, 28u8, 131u8,
                225u8, 219u8, 12u8, 202u8, 138u8, 123u8, 129u8, 97u8, 205u8, 243u8, 14u8,
            ],
            [
                188u8, 124u8, 215u8, 90u8, 32u8, 238u8, 39u8, 253u8, 154u8, 222u8, 186u8,
                179u8, 32u8, 65u8, 247u8, 85u8, 33u8, 77u8, 188u8, 107u8, 255u8, 169u8,
                12u8, 192u8, 34u8, 91u8, 57u8, 218u8, 46u8, 92u8, 45u8, 59u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                199u8, 245u8, 5u8, 178u8, 243u8, 113u8, 174u8, 33u8, 117u8, 238u8, 73u8,
                19u8, 244u8, 73u8, 158u8, 31u8, 38u8, 51u8, 167u8, 181u8, 147u8, 99u8,
                33u8, 238u8, 209u8, 205u8, 174u8, 182u8, 17u8, 81u8, 129u8, 210u8,
            ],
            [
                213u8, 34u8, 33u8, 109u8, 104u8, 6u8, 237u8, 144u8, 68u8, 15u8, 32u8,
                194u8, 235u8, 107u8, 199u8, 13u8, 234u8, 240u8, 137u8, 29u8, 170u8,
                116u8, 149u8, 24u8, 91u8, 122u8, 21u8, 84u8, 219u8, 204u8, 184u8, 249u8,
            ],
            [
                213u8, 108u8, 154u8, 60u8, 84u8, 152u8, 143u8, 207u8, 171u8, 124u8, 66u8,
                139u8, 6u8, 194u8, 1u8, 159u8, 125u8, 53u8, 57u8, 163u8, 198u8, 169u8,
                91u8, 167u8, 160u8, 246u8, 1u8, 26u8, 167u8, 242u8, 190u8, 39u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
            [
                253u8, 172u8, 110u8, 129u8, 145u8, 57u8, 150u8, 217u8, 90u8, 188u8,
                194u8, 137u8, 233u8, 15u8, 45u8, 139u8, 210u8, 53u8, 72u8, 124u8, 230u8,
                254u8, 111u8, 130u8, 30u8, 125u8, 33u8, 0u8, 42u8, 25u8, 21u8, 180u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(Undelegated),
            ::core::stringify!(MinimumSelfStakeBpsUpdated),
            ::core::stringify!(Delegated),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(StakingRewardsNotified),
            ::core::stringify!(CommissionUpdated),
            ::core::stringify!(MaxCommissionBpsUpdated),
            ::core::stringify!(DelegationWithdrawn),
            ::core::stringify!(PoolSlashed),
            ::core::stringify!(CommissionChangeScheduled),
            ::core::stringify!(Upgraded),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(Initialized),
            ::core::stringify!(StakingRewardsClaimed),
            ::core::stringify!(OwnStakeUpdated),
            ::core::stringify!(RoleRevoked),
            ::core::stringify!(Redelegated),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <Undelegated as alloy_sol_types::SolEvent>::SIGNATURE,
            <MinimumSelfStakeBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <Delegated as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <StakingRewardsNotified as alloy_sol_types::SolEvent>::SIGNATURE,
            <CommissionUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <MaxCommissionBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <DelegationWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <PoolSlashed as alloy_sol_types::SolEvent>::SIGNATURE,
            <CommissionChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
            <Upgraded as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <Initialized as alloy_sol_types::SolEvent>::SIGNATURE,
            <StakingRewardsClaimed as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnStakeUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <Redelegated as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for DelegationEvents {
        const NAME: &'static str = "DelegationEvents";
        const COUNT: usize = 17usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(
                    <CommissionChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <CommissionChangeScheduled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CommissionChangeScheduled)
                }
                Some(
                    <CommissionUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <CommissionUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CommissionUpdated)
                }
                Some(<Delegated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Delegated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Delegated)
                }
                Some(
                    <DelegationWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <DelegationWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::DelegationWithdrawn)
                }
                Some(<Initialized as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Initialized as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Initialized)
                }
                Some(
                    <MaxCommissionBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <MaxCommissionBpsUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::MaxCommissionBpsUpdated)
                }
                Some(
                    <MinimumSelfStakeBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <MinimumSelfStakeBpsUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::MinimumSelfStakeBpsUpdated)
                }
                Some(<OwnStakeUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OwnStakeUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OwnStakeUpdated)
                }
                Some(<PoolSlashed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PoolSlashed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::PoolSlashed)
                }
                Some(<Redelegated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Redelegated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Redelegated)
                }
                Some(<RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleAdminChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleAdminChanged)
                }
                Some(<RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleGranted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleGranted)
                }
                Some(<RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleRevoked as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleRevoked)
                }
                Some(
                    <StakingRewardsClaimed as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <StakingRewardsClaimed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::StakingRewardsClaimed)
                }
                Some(
                    <StakingRewardsNotified as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <StakingRewardsNotified as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::StakingRewardsNotified)
                }
                Some(<Undelegated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Undelegated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Undelegated)
                }
                Some(<Upgraded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Upgraded as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Upgraded)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for DelegationEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CommissionChangeScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::CommissionUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Delegated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DelegationWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::MaxCommissionBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::MinimumSelfStakeBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnStakeUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::PoolSlashed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Redelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::StakingRewardsClaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::StakingRewardsNotified(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Undelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Upgraded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CommissionChangeScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::CommissionUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Delegated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DelegationWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::MaxCommissionBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::MinimumSelfStakeBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnStakeUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::PoolSlashed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Redelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::StakingRewardsClaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::StakingRewardsNotified(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Undelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Upgraded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`Delegation`](self) contract instance.

See the [wrapper's documentation](`DelegationInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> DelegationInstance<P, N> {
        DelegationInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<DelegationInstance<P, N>>,
    > {
        DelegationInstance::<P, N>::deploy(__provider)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
        DelegationInstance::<P, N>::deploy_builder(__provider)
    }
    /**A [`Delegation`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`Delegation`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct DelegationInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for DelegationInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("DelegationInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > DelegationInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`Delegation`](self) contract instance.

See the [wrapper's documentation](`DelegationInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
        ) -> alloy_contract::Result<DelegationInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                ::core::clone::Clone::clone(&BYTECODE),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> DelegationInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> DelegationInstance<P, N> {
            DelegationInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > DelegationInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`DEFAULT_MAX_COMMISSION_BPS`] function.
        pub fn DEFAULT_MAX_COMMISSION_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MAX_COMMISSION_BPSCall, N> {
            self.call_builder(&DEFAULT_MAX_COMMISSION_BPSCall)
        }
        ///Creates a new call builder for the [`DEFAULT_MINIMUM_SELF_STAKE_BPS`] function.
        pub fn DEFAULT_MINIMUM_SELF_STAKE_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MINIMUM_SELF_STAKE_BPSCall, N> {
            self.call_builder(&DEFAULT_MINIMUM_SELF_STAKE_BPSCall)
        }
        ///Creates a new call builder for the [`MAX_COMMISSION_CAP_BPS`] function.
        pub fn MAX_COMMISSION_CAP_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_COMMISSION_CAP_BPSCall, N> {
            self.call_builder(&MAX_COMMISSION_CAP_BPSCall)
        }
        ///Creates a new call builder for the [`MIN_SELF_STAKE_FLOOR_BPS`] function.
        pub fn MIN_SELF_STAKE_FLOOR_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_SELF_STAKE_FLOOR_BPSCall, N> {
            self.call_builder(&MIN_SELF_STAKE_FLOOR_BPSCall)
        }
        ///Creates a new call builder for the [`REWARD_INTERVAL`] function.
        pub fn REWARD_INTERVAL(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, REWARD_INTERVALCall, N> {
            self.call_builder(&REWARD_INTERVALCall)
        }
        ///Creates a new call builder for the [`UPGRADE_INTERFACE_VERSION`] function.
        pub fn UPGRADE_INTERFACE_VERSION(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, UPGRADE_INTERFACE_VERSIONCall, N> {
            self.call_builder(&UPGRADE_INTERFACE_VERSIONCall)
        }
        ///Creates a new call builder for the [`claimStakingRewards`] function.
        pub fn claimStakingRewards(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, claimStakingRewardsCall, N> {
            self.call_builder(
                &claimStakingRewardsCall {
                    operator,
                },
            )
        }
        ///Creates a new call builder for the [`claimableStakingRewards`] function.
        pub fn claimableStakingRewards(
            &self,
            operator: alloy::sol_types::private::Address,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, claimableStakingRewardsCall, N> {
            self.call_builder(
                &claimableStakingRewardsCall {
                    operator,
                    account,
                },
            )
        }
        ///Creates a new call builder for the [`delegate`] function.
        pub fn delegate(
            &self,
            operator: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, delegateCall, N> {
            self.call_builder(&delegateCall { operator, amount })
        }
        ///Creates a new call builder for the [`delegatedTo`] function.
        pub fn delegatedTo(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, delegatedToCall, N> {
            self.call_builder(&delegatedToCall { operator })
        }
        ///Creates a new call builder for the [`delegation`] function.
        pub fn delegation(
            &self,
            delegator: alloy::sol_types::private::Address,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, delegationCall, N> {
            self.call_builder(
                &delegationCall {
                    delegator,
                    operator,
                },
            )
        }
        ///Creates a new call builder for the [`getRoleAdmin`] function.
        pub fn getRoleAdmin(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRoleAdminCall, N> {
            self.call_builder(&getRoleAdminCall { role })
        }
        ///Creates a new call builder for the [`grantRole`] function.
        pub fn grantRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, grantRoleCall, N> {
            self.call_builder(&grantRoleCall { role, account })
        }
        ///Creates a new call builder for the [`hasRole`] function.
        pub fn hasRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasRoleCall, N> {
            self.call_builder(&hasRoleCall { role, account })
        }
        ///Creates a new call builder for the [`heldStakingRewards`] function.
        pub fn heldStakingRewards(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, heldStakingRewardsCall, N> {
            self.call_builder(&heldStakingRewardsCall)
        }
        ///Creates a new call builder for the [`initialize`] function.
        pub fn initialize(
            &self,
            admin: alloy::sol_types::private::Address,
            selectionManager_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            xmtpToken_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, initializeCall, N> {
            self.call_builder(
                &initializeCall {
                    admin,
                    selectionManager_,
                    treasury_,
                    xmtpToken_,
                },
            )
        }
        ///Creates a new call builder for the [`intervalOf`] function.
        pub fn intervalOf(
            &self,
            timestamp: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, intervalOfCall, N> {
            self.call_builder(&intervalOfCall { timestamp })
        }
        ///Creates a new call builder for the [`isEligible`] function.
        pub fn isEligible(
            &self,
            operator: alloy::sol_types::private::Address,
            ownStake: alloy::sol_types::private::primitives::aliases::U256,
            minimumStake: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, isEligibleCall, N> {
            self.call_builder(
                &isEligibleCall {
                    operator,
                    ownStake,
                    minimumStake,
                },
            )
        }
        ///Creates a new call builder for the [`maxCommissionBps`] function.
        pub fn maxCommissionBps(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, maxCommissionBpsCall, N> {
            self.call_builder(&maxCommissionBpsCall)
        }
        ///Creates a new call builder for the [`minimumSelfStakeBps`] function.
        pub fn minimumSelfStakeBps(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, minimumSelfStakeBpsCall, N> {
            self.call_builder(&minimumSelfStakeBpsCall)
        }
        ///Creates a new call builder for the [`nodes`] function.
        pub fn nodes(&self) -> alloy_contract::SolCallBuilder<&P, nodesCall, N> {
            self.call_builder(&nodesCall)
        }
        ///Creates a new call builder for the [`notifyStakingRewards`] function.
        pub fn notifyStakingRewards(
            &self,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, notifyStakingRewardsCall, N> {
            self.call_builder(&notifyStakingRewardsCall { amount })
        }
        ///Creates a new call builder for the [`onOwnStakeChanged`] function.
        pub fn onOwnStakeChanged(
            &self,
            operator: alloy::sol_types::private::Address,
            newStake: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, onOwnStakeChangedCall, N> {
            self.call_builder(
                &onOwnStakeChangedCall {
                    operator,
                    newStake,
                },
            )
        }
        ///Creates a new call builder for the [`onSlashed`] function.
        pub fn onSlashed(
            &self,
            operator: alloy::sol_types::private::Address,
            bps: alloy::sol_types::private::primitives::aliases::U256,
            newOwnStake: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, onSlashedCall, N> {
            self.call_builder(
                &onSlashedCall {
                    operator,
                    bps,
                    newOwnStake,
                },
            )
        }
        ///Creates a new call builder for the [`operatorRewards`] function.
        pub fn operatorRewards(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, operatorRewardsCall, N> {
            self.call_builder(&operatorRewardsCall { operator })
        }
        ///Creates a new call builder for the [`pool`] function.
        pub fn pool(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, poolCall, N> {
            self.call_builder(&poolCall { operator })
        }
        ///Creates a new call builder for the [`proxiableUUID`] function.
        pub fn proxiableUUID(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, proxiableUUIDCall, N> {
            self.call_builder(&proxiableUUIDCall)
        }
        ///Creates a new call builder for the [`redelegate`] function.
        pub fn redelegate(
            &self,
            from: alloy::sol_types::private::Address,
            to: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, redelegateCall, N> {
            self.call_builder(&redelegateCall { from, to, amount })
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(
                &renounceRoleCall {
                    role,
                    callerConfirmation,
                },
            )
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`selectionManager`] function.
        pub fn selectionManager(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, selectionManagerCall, N> {
            self.call_builder(&selectionManagerCall)
        }
        ///Creates a new call builder for the [`setCommission`] function.
        pub fn setCommission(
            &self,
            bps: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setCommissionCall, N> {
            self.call_builder(&setCommissionCall { bps })
        }
        ///Creates a new call builder for the [`setMaxCommissionBps`] function.
        pub fn setMaxCommissionBps(
            &self,
            bps: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setMaxCommissionBpsCall, N> {
            self.call_builder(&setMaxCommissionBpsCall { bps })
        }
        ///Creates a new call builder for the [`setMinimumSelfStakeBps`] function.
        pub fn setMinimumSelfStakeBps(
            &self,
            bps: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setMinimumSelfStakeBpsCall, N> {
            self.call_builder(&setMinimumSelfStakeBpsCall { bps })
        }
        ///Creates a new call builder for the [`slashableOf`] function.
        pub fn slashableOf(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, slashableOfCall, N> {
            self.call_builder(&slashableOfCall { operator })
        }
        ///Creates a new call builder for the [`stakingRewardTotals`] function.
        pub fn stakingRewardTotals(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, stakingRewardTotalsCall, N> {
            self.call_builder(&stakingRewardTotalsCall)
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(
                &supportsInterfaceCall {
                    interfaceId,
                },
            )
        }
        ///Creates a new call builder for the [`syncPool`] function.
        pub fn syncPool(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, syncPoolCall, N> {
            self.call_builder(&syncPoolCall { operator })
        }
        ///Creates a new call builder for the [`treasury`] function.
        pub fn treasury(&self) -> alloy_contract::SolCallBuilder<&P, treasuryCall, N> {
            self.call_builder(&treasuryCall)
        }
        ///Creates a new call builder for the [`undelegate`] function.
        pub fn undelegate(
            &self,
            operator: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, undelegateCall, N> {
            self.call_builder(&undelegateCall { operator, amount })
        }
        ///Creates a new call builder for the [`upgradeToAndCall`] function.
        pub fn upgradeToAndCall(
            &self,
            newImplementation: alloy::sol_types::private::Address,
            data: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, upgradeToAndCallCall, N> {
            self.call_builder(
                &upgradeToAndCallCall {
                    newImplementation,
                    data,
                },
            )
        }
        ///Creates a new call builder for the [`usdc`] function.
        pub fn usdc(&self) -> alloy_contract::SolCallBuilder<&P, usdcCall, N> {
            self.call_builder(&usdcCall)
        }
        ///Creates a new call builder for the [`withdrawUnbonded`] function.
        pub fn withdrawUnbonded(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawUnbondedCall, N> {
            self.call_builder(&withdrawUnbondedCall { operator })
        }
        ///Creates a new call builder for the [`xmtpToken`] function.
        pub fn xmtpToken(&self) -> alloy_contract::SolCallBuilder<&P, xmtpTokenCall, N> {
            self.call_builder(&xmtpTokenCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > DelegationInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`CommissionChangeScheduled`] event.
        pub fn CommissionChangeScheduled_filter(
            &self,
        ) -> alloy_contract::Event<&P, CommissionChangeScheduled, N> {
            self.event_filter::<CommissionChangeScheduled>()
        }
        ///Creates a new event filter for the [`CommissionUpdated`] event.
        pub fn CommissionUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, CommissionUpdated, N> {
            self.event_filter::<CommissionUpdated>()
        }
        ///Creates a new event filter for the [`Delegated`] event.
        pub fn Delegated_filter(&self) -> alloy_contract::Event<&P, Delegated, N> {
            self.event_filter::<Delegated>()
        }
        ///Creates a new event filter for the [`DelegationWithdrawn`] event.
        pub fn DelegationWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, DelegationWithdrawn, N> {
            self.event_filter::<DelegationWithdrawn>()
        }
        ///Creates a new event filter for the [`Initialized`] event.
        pub fn Initialized_filter(&self) -> alloy_contract::Event<&P, Initialized, N> {
            self.event_filter::<Initialized>()
        }
        ///Creates a new event filter for the [`MaxCommissionBpsUpdated`] event.
        pub fn MaxCommissionBpsUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, MaxCommissionBpsUpdated, N> {
            self.event_filter::<MaxCommissionBpsUpdated>()
        }
        ///Creates a new event filter for the [`MinimumSelfStakeBpsUpdated`] event.
        pub fn MinimumSelfStakeBpsUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, MinimumSelfStakeBpsUpdated, N> {
            self.event_filter::<MinimumSelfStakeBpsUpdated>()
        }
        ///Creates a new event filter for the [`OwnStakeUpdated`] event.
        pub fn OwnStakeUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnStakeUpdated, N> {
            self.event_filter::<OwnStakeUpdated>()
        }
        ///Creates a new event filter for the [`PoolSlashed`] event.
        pub fn PoolSlashed_filter(&self) -> alloy_contract::Event<&P, PoolSlashed, N> {
            self.event_filter::<PoolSlashed>()
        }
        ///Creates a new event filter for the [`Redelegated`] event.
        pub fn Redelegated_filter(&self) -> alloy_contract::Event<&P, Redelegated, N> {
            self.event_filter::<Redelegated>()
        }
        ///Creates a new event filter for the [`RoleAdminChanged`] event.
        pub fn RoleAdminChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, RoleAdminChanged, N> {
            self.event_filter::<RoleAdminChanged>()
        }
        ///Creates a new event filter for the [`RoleGranted`] event.
        pub fn RoleGranted_filter(&self) -> alloy_contract::Event<&P, RoleGranted, N> {
            self.event_filter::<RoleGranted>()
        }
        ///Creates a new event filter for the [`RoleRevoked`] event.
        pub fn RoleRevoked_filter(&self) -> alloy_contract::Event<&P, RoleRevoked, N> {
            self.event_filter::<RoleRevoked>()
        }
        ///Creates a new event filter for the [`StakingRewardsClaimed`] event.
        pub fn StakingRewardsClaimed_filter(
            &self,
        ) -> alloy_contract::Event<&P, StakingRewardsClaimed, N> {
            self.event_filter::<StakingRewardsClaimed>()
        }
        ///Creates a new event filter for the [`StakingRewardsNotified`] event.
        pub fn StakingRewardsNotified_filter(
            &self,
        ) -> alloy_contract::Event<&P, StakingRewardsNotified, N> {
            self.event_filter::<StakingRewardsNotified>()
        }
        ///Creates a new event filter for the [`Undelegated`] event.
        pub fn Undelegated_filter(&self) -> alloy_contract::Event<&P, Undelegated, N> {
            self.event_filter::<Undelegated>()
        }
        ///Creates a new event filter for the [`Upgraded`] event.
        pub fn Upgraded_filter(&self) -> alloy_contract::Event<&P, Upgraded, N> {
            self.event_filter::<Upgraded>()
        }
    }
}
